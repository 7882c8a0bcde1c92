import type { HighlightColor } from '../annotation';

/** Paint colours for the page (translucent, so text stays readable on any background). */
export const PAINT: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 214, 0, 0.45)',
  green: 'rgba(80, 200, 100, 0.40)',
  blue: 'rgba(80, 160, 255, 0.40)',
  pink: 'rgba(255, 100, 170, 0.40)',
  purple: 'rgba(170, 110, 255, 0.40)',
};

export const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

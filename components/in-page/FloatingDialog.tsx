import type { ComponentChildren } from 'preact';
import { useKeptInViewport, type Avoid } from './keep-in-viewport';

/** Keeps the page's selection when a button of ours is pressed. */
export const keepSelection = (e: MouseEvent) => {
  const el = e.target as HTMLElement;
  if (el.tagName !== 'TEXTAREA' && el.tagName !== 'INPUT') e.preventDefault();
};

/** A panel of ours over the page, near (x, y) and kept on screen; Escape closes it. */
export function FloatingDialog({
  x,
  y,
  label,
  testid,
  onClose,
  children,
  avoid,
}: {
  x: number;
  y: number;
  /** Lines of the page the panel must not cover. */
  avoid?: Avoid;
  label: string;
  testid: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const panel = useKeptInViewport<HTMLDivElement>(x, y, avoid);
  return (
    <div
      class="panel"
      role="dialog"
      aria-label={label}
      data-testid={testid}
      ref={panel.ref}
      style={panel.style}
      onMouseDown={keepSelection}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      {children}
    </div>
  );
}

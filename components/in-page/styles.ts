import { COLORS } from '@/lib/annotation';
import { PAINT } from '@/lib/highlight/colors';

/** Styles of the in-page UI, inside its shadow root: nothing from the page, nothing to it. */
export const IN_PAGE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  position: fixed; z-index: 2147483647; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1b1b1b; background: #fff; border: 1px solid #c8c8c8; border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: 6px; max-width: 340px;
}
@media (prefers-color-scheme: dark) { .panel { color: #eee; background: #26272b; border-color: #444; } }
.row { display: flex; gap: 4px; align-items: center; flex-wrap: wrap; }
button { font: inherit; cursor: pointer; border: 1px solid #bbb; border-radius: 5px; background: transparent; color: inherit; padding: 3px 8px; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #2f6f3e; outline-offset: 1px; }
button.swatch { width: 24px; height: 24px; padding: 0; border-radius: 50%; }
button.swatch[aria-pressed="true"] { outline: 2px solid #1b1b1b; outline-offset: 1px; }
${COLORS.map((c) => `button.swatch.${c} { background: ${PAINT[c]}; }`).join('\n')}
button.primary { background: #2f6f3e; border-color: #2f6f3e; color: #fff; }
button.danger { color: #b3261e; border-color: #b3261e; }
textarea, input { font: inherit; width: 100%; margin-top: 6px; padding: 4px 6px; border: 1px solid #bbb; border-radius: 5px; background: transparent; color: inherit; }
textarea { min-height: 64px; resize: vertical; }
.quote { font-style: italic; color: #555; margin: 2px 0 4px; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) { .quote { color: #bbb; } }
.item + .item { border-top: 1px solid #ddd; margin-top: 6px; padding-top: 6px; }
.error { color: #b3261e; margin-top: 4px; }
.status { margin-top: 4px; }
label { display: block; margin-top: 6px; font-size: 12px; }
/* Text under the banner can still be selected: only its button takes the mouse. */
.banner { top: 8px; left: 50%; transform: translateX(-50%); max-width: 90vw; display: flex; gap: 8px; align-items: center; pointer-events: none; }
.banner button { pointer-events: auto; }
.use-as { margin-top: 6px; }
`;

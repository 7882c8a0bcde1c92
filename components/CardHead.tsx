import type { ComponentChildren } from 'preact';

/** The head of a card in the library's lists: a box to select it, then its title and lines about it. */
export function CardHead({
  testid,
  label,
  selected,
  onSelect,
  children,
}: {
  testid: string;
  label: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <div class="entry-head">
      <input type="checkbox" data-testid={testid} aria-label={label} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
      <div class="entry-title">{children}</div>
    </div>
  );
}

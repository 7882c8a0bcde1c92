import { useEffect } from 'preact/hooks';
import { inPageStrings as t } from '../strings-in-page';

/** Asks the reader to select text on the page (a field's value, or a highlight's new place); Esc or Cancel stops. */
export function PickBanner({ prompt, onCancel }: { prompt: string; onCancel: () => void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, [onCancel]);
  return (
    <div class="panel banner" role="status" data-testid="ra-pick-banner">
      <span>{prompt}</span>
      <button type="button" data-testid="ra-pick-cancel" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}

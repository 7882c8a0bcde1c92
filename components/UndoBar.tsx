import { useEffect } from 'preact/hooks';
import { t } from './strings';

/** "Deleted. Undo" for a few seconds after a delete; the record waits in the trash meanwhile. */
export function UndoBar({ text, onUndo, onExpire, seconds = 8 }: { text: string; onUndo: () => void; onExpire: () => void; seconds?: number }) {
  useEffect(() => {
    const timer = setTimeout(onExpire, seconds * 1000);
    return () => clearTimeout(timer);
  }, [text, onUndo]);
  return (
    <div class="toolbar undo-bar" role="status" data-testid="undo-bar">
      <span>{text}</span>
      <button type="button" data-testid="undo" onClick={onUndo}>
        {t.annotations.undo}
      </button>
    </div>
  );
}

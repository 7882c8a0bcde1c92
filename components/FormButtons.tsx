import { t } from './strings';

/** A small form's Save and Cancel buttons, and what went wrong with the last save. */
export function FormButtons({
  saveTestid,
  cancelTestid,
  onCancel,
  error,
}: {
  saveTestid: string;
  cancelTestid?: string;
  onCancel: () => void;
  error: string | null;
}) {
  return (
    <>
      <div class="row">
        <button type="submit" class="primary" data-testid={saveTestid}>
          {t.fields.save}
        </button>
        <button type="button" data-testid={cancelTestid} onClick={onCancel}>
          {t.fields.cancel}
        </button>
      </div>
      {error && (
        <div class="error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}

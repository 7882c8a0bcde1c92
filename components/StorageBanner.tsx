import type { DbStatus } from '@/lib/db-open';
import type { StorageStatus } from '@/lib/messages';
import { storageMessage } from '@/lib/storage-errors';
import { t } from './strings';

/**
 * What the banner says: this page's own view of the database first (it may not have opened it),
 * then the background's (which writes, so it knows when a write failed).
 */
export function storageBannerText(own: DbStatus | null, background: StorageStatus): string | null {
  if (own && own.state !== 'ready') return storageMessage(own.code);
  if (!background) return null;
  return background.state === 'write-failed' ? storageMessage(background.code, t.storage.lastChangeNotSaved) : storageMessage(background.code);
}

export function StorageBanner({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p class="banner error" role="alert" data-testid="storage-banner">
      {text}
    </p>
  );
}

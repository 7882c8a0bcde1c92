import { render } from 'preact';
import { openReviewDb } from '@/lib/db-open';
import { sendMessage } from '@/lib/messages';
import { Library } from './Library';
import { must } from '@/lib/must';

// The database opened (or opened for reading only, or not at all) before the first render, so
// every view knows which it has; the background says whether its writes fail.
void Promise.all([openReviewDb(), sendMessage('getStorageStatus', {}).catch(() => null)]).then(([opened, storage]) =>
  render(<Library opened={opened} storage={storage} />, must(document.getElementById('app'), 'the #app element')),
);

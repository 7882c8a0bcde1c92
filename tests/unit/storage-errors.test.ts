import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, StorageFault, storageMessage } from '@/lib/storage-errors';

const dom = (name: string) => new DOMException(`${name} happened`, name);

describe('classifyStorageError', () => {
  it('names IndexedDB’s and Dexie’s own errors', () => {
    expect(classifyStorageError(dom('QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.QuotaExceededError('full'))).toBe('quota');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('unavailable');
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyStorageError(new Dexie.InvalidStateError('closing'))).toBe('unavailable');
    expect(classifyStorageError(dom('UnknownError'))).toBe('unavailable');
    expect(classifyStorageError(new Dexie.VersionError('newer on disk'))).toBe('upgrade-failed');
    expect(classifyStorageError(new Dexie.UpgradeError('primary key changed'))).toBe('upgrade-failed');
  });

  it('finds a full disk inside the errors that wrap it', () => {
    // A transaction the browser aborted because the disk is full.
    expect(classifyStorageError(new Dexie.AbortError(dom('QuotaExceededError')))).toBe('quota');
    // Opening failed because the upgrade ran out of space: what the user can fix is the space.
    expect(classifyStorageError(new Dexie.OpenFailedError(new Dexie.AbortError(dom('QuotaExceededError'))))).toBe('quota');
    expect(classifyStorageError(new Dexie.BulkError('2 of 3 failed', { 1: dom('ConstraintError'), 2: dom('QuotaExceededError') }))).toBe('quota');
    expect(classifyStorageError(new Dexie.ModifyError('failed', [dom('QuotaExceededError')], 0, []))).toBe('quota');
    expect(classifyStorageError(new Error('write failed', { cause: dom('QuotaExceededError') }))).toBe('quota');
    expect(classifyStorageError(new Dexie.DatabaseClosedError(new Dexie.UpgradeError('bad')))).toBe('upgrade-failed');
  });

  it('keeps the code of an error that crossed a message channel (only name, message and own fields survive)', () => {
    const crossed = Object.assign(new Error('Storage is full: …'), { name: 'MessageError', code: 'quota' });
    expect(classifyStorageError(crossed)).toBe('quota');
    expect(classifyStorageError({ name: 'MessageError', message: 'x', code: 'upgrade-failed' })).toBe('upgrade-failed');
    expect(classifyStorageError(new StorageFault('upgrade-failed'))).toBe('upgrade-failed');
  });

  it('is not fooled by errors that are not about storage, or by a DOMException’s numeric code', () => {
    expect(classifyStorageError(new TypeError('x is undefined'))).toBeNull();
    expect(classifyStorageError(new Dexie.ConstraintError('key already exists'))).toBeNull();
    expect(classifyStorageError(new Dexie.AbortError())).toBeNull();
    expect(classifyStorageError(Object.assign(new Error('refused'), { name: 'MessageError', code: 22 }))).toBeNull();
    expect(classifyStorageError('QuotaExceededError')).toBeNull();
    expect(classifyStorageError(null)).toBeNull();
    const loop: Record<string, unknown> = { name: 'Error' };
    loop.inner = loop;
    expect(classifyStorageError(loop)).toBeNull();
  });
});

describe('storageMessage', () => {
  it('says what happened, what was not saved, and what to do', () => {
    expect(storageMessage('quota', 'this highlight was not saved')).toBe(
      'Storage is full: this highlight was not saved. Free some disk space, then try again. Nothing you saved before has been changed.',
    );
    expect(storageMessage('upgrade-failed')).toMatch(
      /^Your notes could not be upgraded to this version of the extension\. They are safe, and you can still read them/,
    );
    expect(new StorageFault('unavailable').message).toMatch(/cannot be opened: this change was not saved\. Restart the browser/);
  });
});

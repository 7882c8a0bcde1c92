/** The library's messages: changes to many annotations or pages at once, import, rules, works and storage state. */
import { IMPORT_KEY, type ImportProgress } from '@/lib/tab-session';
import { BackupError, parseBackup, type ParsedBackup } from '@/lib/backup/format';
import { applyImport } from '@/lib/backup/import';
import { MessageError } from '@/lib/messages';
import { chooseWork } from '@/lib/works/works';
import { notifyPages, pageKeysOf, storageStatus, type BackgroundContext, type Handlers } from './context';

type LibraryHandlers = Pick<
  Handlers,
  | 'forgetRules'
  | 'forgetSiteRules'
  | 'chooseWork'
  | 'trashAnnotations'
  | 'restoreAnnotations'
  | 'editAnnotations'
  | 'trashPages'
  | 'restorePages'
  | 'emptyTrash'
  | 'importBackup'
  | 'getStorageStatus'
>;

export function libraryHandlers(ctx: BackgroundContext): LibraryHandlers {
  return {
    forgetRules: ({ ids }) => ctx.teaching.forget(ids),
    forgetSiteRules: ({ site }) => ctx.teaching.forgetSite(site),
    chooseWork: async ({ pageKeys, work }) => ({ count: await chooseWork(ctx.db, pageKeys, work, ctx.now()) }),

    async trashAnnotations({ ids }) {
      const count = await ctx.store.trash.trashAnnotations(ids);
      await notifyPages(ctx, await pageKeysOf(ctx, ids));
      return { count };
    },

    async restoreAnnotations({ ids }) {
      const count = await ctx.store.trash.restoreAnnotations(ids);
      await notifyPages(ctx, await pageKeysOf(ctx, ids));
      return { count };
    },

    async editAnnotations({ ids, edit }) {
      const count = await ctx.store.annotations.updateMany(ids, edit);
      await notifyPages(ctx, await pageKeysOf(ctx, ids));
      return { count };
    },

    async trashPages({ keys }) {
      const count = await ctx.store.trash.trashPages(keys);
      await notifyPages(ctx, keys);
      return { count };
    },

    async restorePages({ keys }) {
      const count = await ctx.store.trash.restorePages(keys);
      await notifyPages(ctx, keys);
      return { count };
    },

    emptyTrash: () => ctx.store.trash.purge(0),

    async importBackup({ text }) {
      const session = ctx.deps.session;
      let backup: ParsedBackup;
      try {
        await session.set({ [IMPORT_KEY]: { phase: 'checking', pages: 0, annotations: 0 } satisfies ImportProgress });
        backup = parseBackup(text);
      } catch (e) {
        await session.remove(IMPORT_KEY).catch(() => {});
        if (e instanceof BackupError) throw new MessageError(e.message);
        throw e;
      }
      try {
        const progress: ImportProgress = { phase: 'writing', pages: backup.pages.length, annotations: backup.annotations.length };
        await session.set({ [IMPORT_KEY]: progress });
        const { pageKeys, ...plan } = await applyImport(ctx.db, backup);
        // The tabs showing these pages paint them again.
        await notifyPages(ctx, pageKeys);
        return plan;
      } finally {
        await session.remove(IMPORT_KEY).catch(() => {});
      }
    },

    getStorageStatus: () => storageStatus(ctx),
  };
}

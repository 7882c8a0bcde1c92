/** The messages that make and change one annotation, from a page or from the extension's own pages. */
import { MessageError } from '@/lib/messages';
import { changed, checkOwnAnnotation, checkOwnPage, readTab, type BackgroundContext, type Handlers } from './context';

type AnnotationHandlers = Pick<
  Handlers,
  'createHighlight' | 'listAnnotations' | 'reattachAnnotation' | 'updateAnnotation' | 'deleteAnnotation' | 'restoreAnnotation' | 'orphanToPageNote'
>;

export function annotationHandlers(ctx: BackgroundContext): AnnotationHandlers {
  return {
    async createHighlight({ page, highlight }, sender) {
      checkOwnPage(ctx, page, sender);
      const tab = sender.tab?.id != null ? await readTab(ctx, sender.tab.id) : null;
      const record = await ctx.store.annotations.addHighlight(page, tab?.url === page.url ? tab.extraction : null, highlight);
      return changed(ctx, record, sender);
    },

    async listAnnotations({ page }, sender) {
      checkOwnPage(ctx, page, sender);
      return ctx.store.annotations.forPage(page);
    },

    async reattachAnnotation({ page, id, selectors }, sender) {
      checkOwnPage(ctx, page, sender);
      await checkOwnAnnotation(ctx, id, sender);
      try {
        return await changed(ctx, await ctx.store.annotations.reattach(id, selectors), sender);
      } catch (e) {
        if (e instanceof TypeError) throw new MessageError(e.message);
        throw e;
      }
    },

    async updateAnnotation({ id, edit }, sender) {
      await checkOwnAnnotation(ctx, id, sender);
      return changed(ctx, await ctx.store.annotations.update(id, edit), sender);
    },

    async deleteAnnotation({ id }, sender) {
      await checkOwnAnnotation(ctx, id, sender);
      return changed(ctx, await ctx.store.trash.trashAnnotation(id), sender);
    },

    async restoreAnnotation({ id }, sender) {
      await checkOwnAnnotation(ctx, id, sender);
      return changed(ctx, await ctx.store.trash.restoreAnnotation(id), sender);
    },

    async orphanToPageNote({ id }, sender) {
      return changed(ctx, await ctx.store.annotations.orphanToPageNote(id), sender);
    },
  };
}

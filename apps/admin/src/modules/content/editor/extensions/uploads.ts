import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * Places in the document where an image is being uploaded: a widget (never part of the saved HTML)
 * that follows edits around it, showing a progress bar. The upload code adds one, updates its progress,
 * asks where it is now when the upload ends, and removes it.
 */
export const uploadPlaceholderKey = new PluginKey<DecorationSet>('imageUploadPlaceholders');

export type PlaceholderMeta = { add: { id: string; pos: number; dom: HTMLElement } } | { remove: { id: string } };

export const UploadPlaceholders = Extension.create({
  name: 'uploadPlaceholders',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: uploadPlaceholderKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            let next = set.map(tr.mapping, tr.doc);
            const meta = tr.getMeta(uploadPlaceholderKey) as PlaceholderMeta | undefined;
            if (meta && 'add' in meta) {
              const widget = Decoration.widget(meta.add.pos, meta.add.dom, { id: meta.add.id, key: `upload-${meta.add.id}`, side: -1 });
              next = next.add(tr.doc, [widget]);
            } else if (meta && 'remove' in meta) {
              next = next.remove(next.find(undefined, undefined, (spec) => spec.id === meta.remove.id));
            }
            return next;
          },
        },
        props: {
          decorations(state) {
            return uploadPlaceholderKey.getState(state);
          },
        },
      }),
    ];
  },
});

/** Where the placeholder `id` is now, or null when it is gone. */
export function placeholderPos(state: EditorState, id: string): number | null {
  const set = uploadPlaceholderKey.getState(state);
  const found = set?.find(undefined, undefined, (spec) => spec.id === id) ?? [];
  return found[0]?.from ?? null;
}

import type { Node as PmNode } from '@tiptap/pm/model';
import { inlineImages, isBlankAlt } from '@congxa/shared/content';

/**
 * Images of the document without alt text, named by their place: `index` counts the images of the
 * field from 1, in document order — the `position` the API gives in `MEDIA_ALT_MISSING` — so a page can
 * say "Ảnh thứ 2 chưa có mô tả (alt)" and the editor can go to that image.
 */
export interface MissingAltProblem {
  index: number;
  src: string;
}

export interface EditorProblems {
  missingAlt: MissingAltProblem[];
}

/** From the editor's document. */
export function missingAltInDoc(doc: PmNode): MissingAltProblem[] {
  const out: MissingAltProblem[] = [];
  let index = 0;
  doc.descendants((node) => {
    if (node.type.name !== 'figure') return true;
    index++;
    if (isBlankAlt(node.attrs.alt as string)) out.push({ index, src: node.attrs.src as string });
    return false;
  });
  return out;
}

/** From saved HTML (the shared rule the API applies), when the editor is not loaded. */
export function missingAltInHtml(html: string): MissingAltProblem[] {
  return inlineImages(html)
    .filter((img) => isBlankAlt(img.alt))
    .map((img) => ({ index: img.position, src: img.src }));
}

export const sameProblems = (a: EditorProblems, b: EditorProblems): boolean =>
  a.missingAlt.length === b.missingAlt.length && a.missingAlt.every((p, i) => p.index === b.missingAlt[i]!.index && p.src === b.missingAlt[i]!.src);

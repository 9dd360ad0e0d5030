import type { ImportConversion } from '@congxa/shared/dto/imports';
import { ALT_TEXT_MAX_LENGTH } from '@congxa/shared/dto/media';
import { convertLegacyText } from '@congxa/shared/text';
import { convertParagraphs, PARAGRAPH_CONFIDENCE } from './legacy';
import { allParagraphs, type Block, collapse, type ImageInline, type Paragraph, paragraphText } from './model';
import type { DocxPackage } from './package';
import { DocxReader, type SkippedContent } from './reader';
import { DocxNumbering, DocxStyles } from './styles';
import { child, textOf } from './xml';

export const TITLE_MAX_LENGTH = 300;

/** A .docx read into blocks, its legacy text converted, with what the article is to be called. */
export interface ReadDocx {
  blocks: Block[];
  /** Null when the document has no usable title anywhere. */
  title: string | null;
  /** The block the title was taken from, left out of the body (it is the article's title). */
  titleBlock: Paragraph | null;
  converted: ImportConversion[];
  /** Image parts in reading order, each once. */
  imageParts: string[];
  /** The alt text the document gives an image part (the first one given, cleaned), by part. */
  imageAlts: Map<string, string>;
  skipped: SkippedContent;
}

/** At most `max` characters, cut at a word boundary when one is near. */
export function clip(text: string, max = TITLE_MAX_LENGTH): string {
  const t = collapse(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trim();
}

/** The title the package properties give (docProps/core.xml `dc:title`), if any. */
function coreTitle(pkg: DocxPackage): string | null {
  const rel = [...pkg.packageRels().values()].find((r) => !r.external && r.type.endsWith('/core-properties'));
  const xml = pkg.xml(rel?.target ?? 'docProps/core.xml');
  const title = child(child(xml ?? undefined, 'coreProperties'), 'title');
  const text = title ? collapse(textOf(title)) : '';
  return text || null;
}

/**
 * Title: the document's `dc:title`, else its first heading (or Title-style paragraph), else its first
 * paragraph. A title written in a legacy encoding is converted: with the fonts of the paragraph that reads
 * the same, when there is one, else by detection. The block the title came from is left out of the body
 * when it opens the document.
 */
function chooseTitle(pkg: DocxPackage, blocks: Block[], paragraphs: Paragraph[]): { title: string | null; block: Paragraph | null } {
  const firstBlock = blocks.find((b) => b.kind !== 'p' || collapse(paragraphText(b)) !== '') ?? null;
  const opening = firstBlock?.kind === 'p' ? firstBlock : null;
  const usable = (s: string | null | undefined) => (s && clip(s).length >= 3 ? clip(s) : null);

  const core = coreTitle(pkg);
  if (core) {
    const same = paragraphs.find((p) => collapse(p.raw) === core);
    const converted = same ? collapse(paragraphText(same)) : convertTitle(core);
    const title = usable(converted);
    if (title) return { title, block: same && same === opening ? same : null };
  }
  const heading = paragraphs.find((p) => p.heading !== 0 && !p.list && usable(paragraphText(p)));
  if (heading) return { title: usable(paragraphText(heading)), block: heading === opening ? heading : null };
  const first = paragraphs.find((p) => usable(paragraphText(p)));
  if (first) return { title: usable(paragraphText(first)), block: first === opening ? first : null };
  return { title: null, block: null };
}

function convertTitle(title: string): string {
  const result = convertLegacyText(title, 'auto');
  return (result.detected === 'tcvn3' || result.detected === 'vni') && result.confidence >= PARAGRAPH_CONFIDENCE ? result.text : title;
}

/**
 * A picture's alt text as the media library takes it: control characters and broken surrogates out, white
 * space collapsed, legacy (TCVN3/VNI) text converted when it reads as such, NFC, at most the library's
 * length. Null when nothing is left.
 */
export function cleanAltText(raw: string | null): string | null {
  if (!raw) return null;
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const text = collapse(raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/[\uD800-\uDFFF]/gu, ''));
  if (!text) return null;
  return clip(convertTitle(text).normalize('NFC'), ALT_TEXT_MAX_LENGTH) || null;
}

/** Read the package's main document into converted blocks, a title and the images it uses. */
export function readDocx(pkg: DocxPackage): ReadDocx {
  const styles = new DocxStyles(pkg.xml(pkg.relatedPart('/styles') ?? 'word/styles.xml'), pkg.xml(pkg.relatedPart('/theme') ?? 'word/theme/theme1.xml'));
  const numbering = new DocxNumbering(pkg.xml(pkg.relatedPart('/numbering') ?? 'word/numbering.xml'));
  const reader = new DocxReader(pkg, styles, numbering);
  const blocks = reader.readBody(pkg.xml(pkg.mainPart)!);
  const paragraphs = [...allParagraphs(blocks)];
  const converted = convertParagraphs(paragraphs);
  for (const p of paragraphs)
    for (const i of p.inlines) {
      if (i.kind === 'text') i.text = i.text.normalize('NFC');
      else if (i.kind === 'image') i.alt = cleanAltText(i.alt);
    }
  const { title, block } = chooseTitle(pkg, blocks, paragraphs);
  const images = paragraphs.flatMap((p) => p.inlines.filter((i): i is ImageInline => i.kind === 'image'));
  const imageParts = [...new Set(images.map((i) => i.part))];
  const imageAlts = new Map<string, string>();
  for (const i of images) if (i.alt && !imageAlts.has(i.part)) imageAlts.set(i.part, i.alt);
  return { blocks, title: title?.normalize('NFC') ?? null, titleBlock: block, converted, imageParts, imageAlts, skipped: reader.skipped };
}

/** The warnings, in Vietnamese, for what the import left out. */
export function skippedWarnings(s: SkippedContent): string[] {
  const out: string[] = [];
  if (s.footnotes || s.endnotes) out.push(`Không nhập ${s.footnotes + s.endnotes} chú thích cuối trang/cuối tài liệu: hãy đưa nội dung cần thiết vào bài.`);
  if (s.comments) out.push(`Bỏ qua ${s.comments} nhận xét (comment) trong tài liệu.`);
  if (s.trackedChanges)
    out.push('Tài liệu còn thay đổi chưa chấp nhận (Track Changes): đã nhập bản với các thay đổi được chấp nhận, phần bị xóa không được nhập.');
  if (s.equations) out.push(`Không nhập ${s.equations} công thức toán: hãy gõ lại hoặc chèn ảnh.`);
  if (s.objects || s.charts || s.embeddedChunks)
    out.push(`Không nhập ${s.objects + s.charts + s.embeddedChunks} đối tượng nhúng (biểu đồ, SmartArt, bảng tính…): hãy chụp thành ảnh và chèn lại.`);
  if (s.linkedImages) out.push(`Bỏ qua ${s.linkedImages} ảnh chỉ liên kết ra ngoài tài liệu (không nằm trong tệp).`);
  if (s.tablesOfContents) out.push('Bỏ qua mục lục tự động của tài liệu.');
  return out;
}

import { inject, shallowRef, type App, type InjectionKey, type ShallowRef } from 'vue';

/** What a page says about itself for the browser's tab, search engines and sharing previews. */
export interface HeadInput {
  /** The page's own title; null on the home page (the site's name alone). */
  title: string | null;
  description?: string | null;
  /** Canonical path of the page (`/tin-tuc/<slug>`); the current path when left out. */
  path?: string;
  /** Path or URL of the sharing image (a 1200-px-wide variant). */
  image?: string | null;
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
  /** schema.org data (NewsArticle, WebPage…). */
  jsonLd?: Record<string, unknown> | null;
  /** Pages that must not be indexed (search results, errors). */
  noindex?: boolean;
}

/** The page's head: the getter of the page component shown now. */
export type HeadState = ShallowRef<(() => HeadInput) | null>;

const HEAD: InjectionKey<HeadState> = Symbol('head');

export function provideHead(app: App): HeadState {
  const head: HeadState = shallowRef(null);
  app.provide(HEAD, head);
  return head;
}

/** Called in a page's setup: its head follows `input` while it is shown. */
export function useHead(input: () => HeadInput): void {
  const head = inject(HEAD);
  if (head) head.value = input;
}

export interface HeadTag {
  tag: 'title' | 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  text?: string;
}

export interface HeadContext {
  siteName: string;
  origin: string;
  /** Path of the current URL. */
  path: string;
  lang: 'vi' | 'en';
}

const absolute = (origin: string, pathOrUrl: string) => (/^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${origin}${pathOrUrl}`);

/** The tags of a page's head, in order. */
export function headTags(input: HeadInput, ctx: HeadContext): HeadTag[] {
  const title = input.title ? `${input.title} – ${ctx.siteName}` : ctx.siteName;
  const url = absolute(ctx.origin, input.path ?? ctx.path);
  const tags: HeadTag[] = [{ tag: 'title', attrs: {}, text: title }];
  const meta = (key: 'name' | 'property', name: string, content: string | null | undefined) => {
    if (content) tags.push({ tag: 'meta', attrs: { [key]: name, content } });
  };
  meta('name', 'description', input.description);
  if (input.noindex) meta('name', 'robots', 'noindex');
  tags.push({ tag: 'link', attrs: { rel: 'canonical', href: url } });
  meta('property', 'og:type', input.type ?? 'website');
  meta('property', 'og:site_name', ctx.siteName);
  meta('property', 'og:title', input.title ?? ctx.siteName);
  meta('property', 'og:description', input.description);
  meta('property', 'og:url', url);
  meta('property', 'og:locale', ctx.lang === 'en' ? 'en_US' : 'vi_VN');
  meta('property', 'og:image', input.image ? absolute(ctx.origin, input.image) : null);
  meta('property', 'article:published_time', input.publishedTime);
  meta('property', 'article:modified_time', input.modifiedTime);
  meta('name', 'twitter:card', input.image ? 'summary_large_image' : 'summary');
  meta('name', 'twitter:title', input.title ?? ctx.siteName);
  meta('name', 'twitter:description', input.description);
  if (input.jsonLd) tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, text: jsonForScript(input.jsonLd) });
  return tags;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that cannot close the script element it sits in. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Server: the tags as HTML (marked so the browser's copy can replace them on navigation). */
export function renderHeadTags(tags: HeadTag[]): string {
  return tags
    .map(({ tag, attrs, text }) => {
      const a = Object.entries({ ...attrs, 'data-h': '' })
        .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
        .join('');
      if (tag === 'meta' || tag === 'link') return `<${tag}${a}>`;
      return `<${tag}${a}>${tag === 'script' ? (text ?? '') : escapeHtml(text ?? '')}</${tag}>`;
    })
    .join('\n');
}

/** Browser: replace the head's marked tags with these. */
export function applyHeadTags(doc: Document, tags: HeadTag[]): void {
  for (const el of Array.from(doc.head.querySelectorAll('[data-h]'))) el.remove();
  for (const { tag, attrs, text } of tags) {
    if (tag === 'title') {
      doc.title = text ?? '';
      continue;
    }
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('data-h', '');
    if (text !== undefined) el.textContent = text;
    doc.head.appendChild(el);
  }
}

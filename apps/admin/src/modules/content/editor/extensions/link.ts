import Link from '@tiptap/extension-link';
import { safeHref } from '../linkHref';

/**
 * Links as the server keeps them: `<a href rel="noopener noreferrer" [target="_blank"]>`, the href
 * canonical (see `safeHref`), and only http(s), mailto, `/…` and `#…`. A pasted or typed address the
 * server would refuse never becomes a link.
 */
export const SafeLink = Link.extend({
  addAttributes() {
    return {
      href: { default: null, parseHTML: (el: HTMLElement) => safeHref(el.getAttribute('href')) },
      target: { default: null, parseHTML: (el: HTMLElement) => (el.getAttribute('target')?.trim().toLowerCase() === '_blank' ? '_blank' : null) },
    };
  },
  renderHTML({ mark }) {
    const href = safeHref(mark.attrs.href as string | null);
    // Unreachable in practice (every way in checks the href); a span keeps the text if it happens.
    if (!href) return ['span', 0];
    const attrs: Record<string, string> = { href, rel: 'noopener noreferrer' };
    if (mark.attrs.target === '_blank') attrs.target = '_blank';
    return ['a', attrs, 0];
  },
}).configure({
  openOnClick: false,
  enableClickSelection: true,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  protocols: ['mailto'],
  HTMLAttributes: { target: null, rel: 'noopener noreferrer', class: null },
  isAllowedUri: (url) => safeHref(url) !== null,
  shouldAutoLink: (url) => safeHref(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`) !== null,
});

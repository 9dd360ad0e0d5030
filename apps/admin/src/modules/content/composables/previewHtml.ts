/**
 * The body as the preview may show it: what the editor holds is not yet through the server's sanitiser, so
 * anything that could run or load something else is dropped first (scripts, frames, forms, event handlers,
 * `javascript:` links). The saved body is sanitised by the API; this only guards the unsaved preview.
 */
const DROP = 'script,style,iframe,object,embed,form,input,button,textarea,select,link,meta,base,svg,math';

export function previewHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.body.querySelectorAll(DROP).forEach((el) => el.remove());
  doc.body.querySelectorAll('*').forEach((el) => {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc') el.removeAttribute(attr.name);
      else if ((name === 'href' || name === 'src' || name === 'xlink:href') && /^(javascript|vbscript|data):/.test(value.replace(/\s+/g, ''))) {
        el.removeAttribute(attr.name);
      }
    }
    if (el.tagName === 'A') {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return doc.body.innerHTML;
}

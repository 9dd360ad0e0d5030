import { renderToString } from 'vue/server-renderer';
import { createMemoryHistory } from 'vue-router';
import { createPortalApp, createState, currentHead } from './app';
import { jsonForScript, renderHeadTags } from './core/head';
import { createApi, type Fetcher } from './core/http';
import { localeOf } from './core/locale';
import { messages } from './messages';

export interface RenderRequest {
  /** Path and query of the request (`/tin-tuc/abc?x=1`). */
  url: string;
  /** `https://xa.example.gov.vn`: the page's own address, for canonical and sharing URLs. */
  origin: string;
  /** How to reach the API: in-process in the API server, over HTTP when the portal runs on its own. */
  fetch: Fetcher;
  /** The API's base path or URL (`/api/v1`, `https://api.example/api/v1`). */
  apiBase?: string;
}

export type RenderResult =
  | { status: number; redirect: string }
  | {
      status: number;
      redirect?: undefined;
      lang: 'vi' | 'en';
      /** Tags for <head>. */
      head: string;
      /** The app's markup for <div id="app">. */
      html: string;
      /** The state as a JSON data block, for hydration. */
      state: string;
    };

/** Render one URL of the portal to HTML (the server build's only export besides the template helper). */
export async function render(req: RenderRequest): Promise<RenderResult> {
  const state = createState(req.origin);
  const portal = createPortalApp(createMemoryHistory(), createApi(req.fetch, req.apiBase), state);
  await portal.router.push(req.url);
  await portal.router.isReady();
  const result = state.page?.result;
  if (result?.redirect) return { status: 301, redirect: result.redirect };
  const html = await renderToString(portal.app);
  const lang = localeOf(portal.router.currentRoute.value.path);
  return {
    status: result?.status ?? 200,
    lang,
    head: renderHeadTags(currentHead(portal, messages[lang].portal)),
    html,
    state: `<script type="application/json" id="congxa-state">${jsonForScript(state)}</script>`,
  };
}

/** Put a rendered page into the built index.html (its `<!--ssr-*-->` marks). */
export function fillTemplate(template: string, page: Extract<RenderResult, { html: string }>): string {
  return template
    .replace('<html lang="vi">', `<html lang="${page.lang}">`)
    .replace('<!--ssr-head-->', page.head)
    .replace('<!--ssr-html-->', page.html)
    .replace('<!--ssr-state-->', page.state);
}

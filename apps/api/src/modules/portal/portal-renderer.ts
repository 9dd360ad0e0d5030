import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appDist } from '../../common/http/spa';

/** What the public app's server build answers for one URL (apps/public/src/entry-server.ts). */
export type RenderedPage =
  { status: number; redirect: string } | { status: number; redirect?: undefined; lang: 'vi' | 'en'; head: string; html: string; state: string };

export type Fetcher = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

interface ServerBuild {
  render(req: { url: string; origin: string; fetch: Fetcher; apiBase?: string }): Promise<RenderedPage>;
  fillTemplate(template: string, page: Extract<RenderedPage, { html: string }>): string;
}

/** The portal's server build and its HTML template, from `npm run build` of apps/public. */
export class PortalRenderer {
  private constructor(
    private readonly build: ServerBuild,
    private readonly template: string,
  ) {}

  /** Null when the public app is not built (the API still runs; the portal's URLs answer 404). */
  static async load(): Promise<PortalRenderer | null> {
    const entry = join(appDist('public'), '..', 'dist-server', 'entry-server.js');
    const template = join(appDist('public'), 'index.html');
    if (!existsSync(entry) || !existsSync(template)) return null;
    const build = (await import(pathToFileURL(entry).href)) as ServerBuild;
    return new PortalRenderer(build, readFileSync(template, 'utf8'));
  }

  /** A redirect, or the complete HTML page with its status. */
  async render(url: string, origin: string, fetch: Fetcher): Promise<{ status: number; redirect: string } | { status: number; html: string }> {
    const page = await this.build.render({ url, origin, fetch, apiBase: '/api/v1' });
    if (page.redirect !== undefined) return { status: page.status, redirect: page.redirect };
    return { status: page.status, html: this.build.fillTemplate(this.template, page) };
  }
}

import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { PublicArticle, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { createPortalApp } from './app';
import { ApiRequestError, type PortalApi } from './core/http';
import { createState } from './core/state';

const summary = (slug: string, title: string): PublicArticleSummary =>
  ({
    id: slug,
    slug,
    title,
    summary: null,
    publishedAt: '2026-12-01T01:00:00.000Z',
    category: null,
    field: null,
    coverImageId: null,
    featured: false,
  }) as unknown as PublicArticleSummary;

/** An API with two articles, a site, no categories or pages. */
const api: PortalApi = {
  async get<T>(path: string): Promise<T> {
    const [route] = path.split('?');
    if (route === '/public/site') return { code: '22222', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông', settings: null, banner: null } as T;
    if (route === '/public/categories' || route === '/public/pages') return [] as T;
    if (route === '/public/articles') return { items: [summary('tin-mot', 'Tin một'), summary('tin-hai', 'Tin hai')], page: 1, pageSize: 13, total: 2 } as T;
    const slug = route!.replace('/public/articles/', '');
    if (slug === 'tin-mot' || slug === 'tin-hai')
      return {
        ...summary(slug, slug === 'tin-mot' ? 'Tin một' : 'Tin hai'),
        body: '<p>Nội dung.</p>',
        tags: [],
        author: null,
        source: null,
        updatedAt: '2026-12-01T01:00:00.000Z',
        archived: false,
      } as PublicArticle as T;
    throw new ApiRequestError(404, 'NOT_FOUND', 'Không tìm thấy.');
  },
};

describe('the portal app in the browser', () => {
  it('should go from the home page to an article and to another without rendering a page with data not its own', async () => {
    const errors: unknown[] = [];
    const portal = createPortalApp(createMemoryHistory(), api, createState('https://xa.example.gov.vn'));
    portal.app.config.errorHandler = (error) => errors.push(error);
    portal.app.config.warnHandler = (message) => errors.push(message);
    const root = document.createElement('div');
    document.body.append(root);
    await portal.router.push('/');
    portal.app.mount(root);
    expect(root.querySelector('[data-testid="home-lead"]')?.textContent).toContain('Tin một');

    await portal.router.push('/tin-tuc/tin-mot');
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('h1')?.textContent).toBe('Tin một');
    await portal.router.push('/tin-tuc/tin-hai');
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('h1')?.textContent).toBe('Tin hai');
    await portal.router.push('/tin-tuc/khong-co');
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('h1')?.textContent).toBe('Không tìm thấy trang');
    await portal.router.push('/');
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('[data-testid="home-lead"]')).not.toBeNull();
    expect(errors).toEqual([]);
    portal.app.unmount();
  });
});

import { describe, expect, it } from 'vitest';
import { notificationTarget } from './target';

const site = { id: 's1', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' };

describe('notificationTarget', () => {
  it('should open the article editor on the right site when the notification is about an article', () => {
    expect(notificationTarget({ kind: 'article.submit', articleId: 'a1', link: 'http://localhost:3000/admin/tin-bai/a1', site })).toEqual({
      name: 'article-edit',
      params: { site: 'an-hao-dong', id: 'a1' },
    });
    expect(notificationTarget({ kind: 'article.schedule', articleId: 'a1', link: '', site })).toMatchObject({ name: 'article-edit' });
  });

  it('should open the page editor on the right site when the notification is about a page', () => {
    const link = 'http://localhost:3000/admin/trang/p1?site=an-hao-dong';
    expect(notificationTarget({ kind: 'page.approve', articleId: 'p1', link, site })).toEqual({
      name: 'page-edit',
      params: { site: 'an-hao-dong', id: 'p1' },
    });
  });

  it('should follow the admin link when the kind names a type the admin does not know', () => {
    expect(notificationTarget({ kind: 'event.approve', articleId: 'e1', link: 'http://localhost:3000/admin/su-kien/e1?site=an-hao-dong', site })).toBe(
      '/su-kien/e1?site=an-hao-dong',
    );
  });

  it('should follow an admin link when there is no item', () => {
    expect(notificationTarget({ kind: 'import.done', articleId: null, link: 'http://localhost:3000/admin/tin-bai?tab=mine', site })).toBe('/tin-bai?tab=mine');
    expect(notificationTarget({ kind: 'import.done', articleId: null, link: '/admin/trang/p1?site=an-hao-dong', site })).toBe('/trang/p1?site=an-hao-dong');
    expect(notificationTarget({ kind: 'import.done', articleId: null, link: '/admin/', site })).toBe('/');
  });

  it('should go nowhere when the link leaves the admin', () => {
    expect(notificationTarget({ kind: 'article.submit', articleId: null, link: 'https://example.org/x', site })).toBeNull();
  });
});

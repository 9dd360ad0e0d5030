import { describe, expect, it } from 'vitest';
import { notificationTarget } from './target';

const site = { id: 's1', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' };

describe('notificationTarget', () => {
  it('should open the article editor on the right site when the notification is about an article', () => {
    expect(notificationTarget({ articleId: 'a1', link: 'http://localhost:3000/admin/tin-bai/a1', site })).toEqual({
      name: 'article-edit',
      params: { id: 'a1' },
      query: { site: 'an-hao-dong' },
    });
  });

  it('should follow an admin link when there is no article', () => {
    expect(notificationTarget({ articleId: null, link: 'http://localhost:3000/admin/tin-bai?tab=mine', site })).toBe('/tin-bai?tab=mine');
    expect(notificationTarget({ articleId: null, link: '/admin/', site })).toBe('/');
  });

  it('should go nowhere when the link leaves the admin', () => {
    expect(notificationTarget({ articleId: null, link: 'https://example.org/x', site })).toBeNull();
  });
});

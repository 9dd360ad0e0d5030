import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import { createAppI18n } from '../../../i18n';
import { useSessionStore } from '../../auth/stores/session';
import PagesDashboardCard from './PagesDashboardCard.vue';

const Empty = { render: () => null };

function mountCard(permissions: Permission[]) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSessionStore();
  session.user = { id: 'u1', email: 'x@demo.local', fullName: 'Hoàng Văn Cộng', isPlatformAdmin: false };
  session.memberships = [
    { site: { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' }, role: 'deputy', isStaff: true, fields: [], permissions },
  ];
  session.status = 'authenticated';
  const router = createRouter({ history: createMemoryHistory('/admin/'), routes: [{ path: '/trang', name: 'pages', component: Empty }] });
  return mount(PagesDashboardCard, { global: { plugins: [pinia, createAppI18n('vi'), router] } });
}

describe('PagesDashboardCard', () => {
  beforeEach(() => localStorage.clear());

  it('should lead to the pages of the site when the user may read its content', () => {
    const card = mountCard(['content.read', 'content.create']);
    expect(card.find('[data-testid="pages-link"]').attributes('href')).toBe('/admin/trang');
    expect(card.find('[data-testid="new-page-link"]').exists()).toBe(false);
  });

  it('should offer a new page only when the user also holds page.create', () => {
    const card = mountCard(['content.read', 'content.create', 'page.create']);
    expect(card.find('[data-testid="new-page-link"]').attributes('href')).toBe('/admin/trang?new=1');
  });

  it('should not show at all when the user may not read the site’s content', () => {
    const card = mountCard(['site.read', 'member.read']);
    expect(card.find('[data-testid="pages-card"]').exists()).toBe(false);
  });
});

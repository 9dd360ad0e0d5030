import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { Permission, SiteRole } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { QueueItem } from '@congxa/shared/dto/content';
import * as http from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import * as authApi from '../../auth/api';
import { useSessionStore } from '../../auth/stores/session';
import { sampleEnvelope } from '../../content/testing';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(http.http);

const SITE = 'an-hao-dong';
const user = { id: 'u1', email: 'a@demo.local', fullName: 'Hoàng Văn Cộng', isPlatformAdmin: false };
const AUTHOR: Permission[] = ['content.read', 'content.create', 'content.update', 'content.transition', 'content.submit'];
const me = (role: SiteRole, permissions: Permission[]): MeResponse => ({
  user,
  permissions: [],
  memberships: [
    { site: { id: 's1', code: '99999', slug: SITE, name: 'Xã Ân Hảo Đông' }, role, isStaff: true, fields: [{ id: 'f1', name: 'Văn hoá' }], permissions },
  ],
});
const queued = (id: string, reason: QueueItem['reason'], overrides: Parameters<typeof sampleEnvelope>[0] = {}): QueueItem => ({
  ...sampleEnvelope({ id, title: `Tin ${id}`, ...overrides }),
  reason,
});
const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const Stub = { render: () => h('p', 'editor') };

async function mountDashboard(role: SiteRole, permissions: Permission[]) {
  auth.fetchMe.mockResolvedValue(me(role, permissions));
  const pinia = createPinia();
  setActivePinia(pinia);
  await useSessionStore().restore();
  const router = createRouter({
    history: createMemoryHistory('/admin/'),
    routes: [
      { path: '/sites/:site', name: 'dashboard', component: () => import('./DashboardPage.vue') },
      { path: '/sites/:site/tin-bai', name: 'articles', component: Stub },
      { path: '/sites/:site/tin-bai/:id', name: 'article-edit', component: Stub },
      { path: '/sites/:site/trang/:id', name: 'page-edit', component: Stub },
    ],
  });
  await router.push(`/sites/${SITE}`);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n('vi'), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

describe('DashboardPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
  });

  it('should show a contributor the return note, where a submitted item is, and no permission list', async () => {
    api.mockImplementation(async (path: string) => {
      if (path.endsWith('/queue')) return page([queued('r1', 'mine', { status: 'returned', editionStatus: 'returned' })]);
      if (path === `/sites/${SITE}/articles/r1`)
        return sampleEnvelope({
          id: 'r1',
          lastNote: { action: 'return', note: 'Bổ sung nguồn tin.', by: { id: 'u2', fullName: 'Trần Thị Phó' }, at: '2026-12-05T03:32:00Z' },
        });
      if (path === `/sites/${SITE}/articles`)
        return page([sampleEnvelope({ id: 's1', title: 'Tin s1', status: 'in_review', assignee: { id: 'u5', fullName: 'Lê Biên Tập' } })]);
      // A contributor creates legal documents, procedures and schedules too: their lists are asked for, with nothing on its way.
      if ([`/sites/${SITE}/documents`, `/sites/${SITE}/procedures`, `/sites/${SITE}/schedules`].includes(path)) return page([]);
      throw new Error(`unexpected ${path}`);
    });
    const wrapper = await mountDashboard('contributor', AUTHOR);
    expect(wrapper.find('[data-testid="dashboard-role"]').text()).toContain('Xã Ân Hảo Đông');
    const returned = wrapper.find('[data-testid="work-returned"]');
    expect(returned.find('[data-testid="work-count"]').text()).toBe('1');
    expect(returned.find('a').attributes('href')).toBe(`/admin/sites/${SITE}/tin-bai/r1`);
    expect(returned.find('[data-testid="return-note"]').text()).toContain('Bổ sung nguồn tin.');
    expect(returned.find('[data-testid="return-note"]').text()).toContain('Trần Thị Phó');
    expect(wrapper.find('[data-testid="work-drafts"]').text()).toContain('Bạn không có bản nháp nào.');
    expect(wrapper.find('[data-testid="work-where"]').text()).toBe('Biên tập viên Lê Biên Tập đang kiểm tra');
    expect(wrapper.text()).not.toContain('Quyền được cấp');
    expect(wrapper.find('[data-testid="recent-activity"]').exists()).toBe(false);
    // Only the types a contributor may create are asked for: no page list.
    expect(api.mock.calls.some(([p]) => p === `/sites/${SITE}/pages`)).toBe(false);
  });

  it('should show the deputy the intake with the priority mark first and the site’s activity in sentences', async () => {
    api.mockImplementation(async (path: string) => {
      if (path.endsWith('/queue'))
        return page([
          queued('old', 'intake', { status: 'submitted', submittedAt: '2026-01-01T00:00:00Z' }),
          queued('staff', 'intake', { status: 'submitted', submittedAt: '2026-01-02T00:00:00Z', priority: true }),
        ]);
      if (path.endsWith('/audit'))
        return page([
          {
            id: 'e1',
            action: 'article.approve',
            actor: { id: 'u3', fullName: 'Trần B', email: 'b@x' },
            targetType: 'article',
            targetId: 'old',
            clientAddress: null,
            details: {},
            createdAt: '2026-12-05T03:32:00Z',
          },
        ]);
      return page([]);
    });
    const wrapper = await mountDashboard('deputy', [...AUTHOR, 'content.read_all', 'content.assign', 'content.forward', 'audit.read']);
    const intake = wrapper.find('[data-testid="work-intake"]');
    const items = intake.findAll('[data-testid="work-item"]');
    expect(items.map((i) => i.find('a').text())).toEqual(['Tin staff', 'Tin old']);
    expect(items[0].find('[data-testid="priority-badge"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="work-overdue"]').findAll('[data-testid="work-item"]')).toHaveLength(2);
    expect(wrapper.find('[data-testid="activity-entry"]').text().replace(/\s+/g, ' ')).toBe('Trần B đã duyệt đăng «Tin old» lúc 05/12/2026 10:32');
  });
});

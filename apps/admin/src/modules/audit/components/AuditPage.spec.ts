import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, RouterView, type Router } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import { createAppI18n } from '../../../i18n';
import { createAppRouter } from '../../../router';
import * as authApi from '../../auth/api';
import * as membersApi from '../../members/api';
import * as auditApi from '../api';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../../members/api', () => ({ listAllMembers: vi.fn() }));
vi.mock('../api', () => ({ listAudit: vi.fn(), listAuditActions: vi.fn(), exportAuditCsv: vi.fn() }));
const auth = vi.mocked(authApi);
const members = vi.mocked(membersApi);
const api = vi.mocked(auditApi);

const user = { id: 'u1', email: 'chief@demo.local', fullName: 'Nguyễn Văn Trưởng', isPlatformAdmin: false };
const DEPUTY_ID = '7d0c13a3-111a-4b2c-8d9e-0a4f9e1b1f24';
const ARTICLE_ID = '0a4f9e1b-1f24-4d0c-93a3-111a7d0c13a3';
const me: MeResponse = {
  user,
  permissions: [],
  memberships: [
    {
      site: { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' },
      role: 'chief',
      isStaff: true,
      fields: [],
      permissions: ['site.read', 'audit.read', 'member.read', 'content.read'] as Permission[],
    },
  ],
};

const entry = (over: Partial<AuditEntryResponse> = {}): AuditEntryResponse => ({
  id: 'e1',
  action: 'article.submit',
  actor: { id: DEPUTY_ID, fullName: 'Trần Thị Phó', email: 'deputy@demo.local' },
  targetType: 'article',
  targetId: ARTICLE_ID,
  clientAddress: '10.0.0.1',
  details: { from: 'draft', to: 'submitted' },
  createdAt: '2026-03-01T01:30:00.000Z',
  ...over,
});

async function mountPage(path: string): Promise<{ wrapper: ReturnType<typeof mount>; router: Router }> {
  auth.fetchMe.mockResolvedValue(me);
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory('/admin/'));
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

describe('AuditPage', { timeout: 40_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.listAudit.mockResolvedValue({
      items: [entry(), entry({ id: 'e2', action: 'category.delete', targetType: 'category', actor: null, details: { system: 'scheduler' } })],
      total: 2,
      page: 1,
      pageSize: 25,
    });
    api.listAuditActions.mockResolvedValue(['article.submit', 'category.delete', 'site.settings_update']);
    members.listAllMembers.mockResolvedValue([
      {
        id: 'm1',
        userId: DEPUTY_ID,
        email: 'deputy@demo.local',
        fullName: 'Trần Thị Phó',
        role: 'deputy',
        isStaff: true,
        activated: true,
        fields: [],
        revision: 1,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('should read its filters from the URL, ask the API with them and show them in the form', async () => {
    const { wrapper } = await mountPage(`/sites/an-hao-dong/nhat-ky?actor=${DEPUTY_ID}&action=article&from=2026-01-01&page=2`);
    expect(api.listAudit).toHaveBeenCalledWith('an-hao-dong', { actorId: DEPUTY_ID, action: 'article', from: '2026-01-01', page: 2, pageSize: 25 });
    expect((wrapper.find('#audit-from').element as HTMLInputElement).value).toBe('01/01/2026');
    expect((wrapper.find('#audit-actor').element as HTMLSelectElement).value).toBe(DEPUTY_ID);
    expect((wrapper.find('#audit-action').element as HTMLSelectElement).value).toBe('article');
  });

  it('should show each entry in words with a link to the article', async () => {
    const { wrapper } = await mountPage('/sites/an-hao-dong/nhat-ky');
    const rows = wrapper.findAll('[data-testid="audit-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain('Gửi duyệt · Tin bài');
    expect(rows[0].text()).toContain('01/03/2026 08:30');
    expect(rows[0].find('a').attributes('href')).toContain(ARTICLE_ID);
    expect(rows[1].text()).toContain('Xóa chuyên mục');
    expect(rows[1].text()).toContain('Hệ thống (scheduler)');
    expect(wrapper.find('#audit-action').text()).toContain('Sửa thông tin chân trang, thông báo');
  });

  it('should put the typed filters in the URL, dates as YYYY-MM-DD, back on page 1', async () => {
    const { wrapper, router } = await mountPage('/sites/an-hao-dong/nhat-ky?page=3');
    await wrapper.find('#audit-action').setValue('category.delete');
    await wrapper.find('#audit-from').setValue('1/1/2026');
    await wrapper.find('#audit-to').setValue('31/12/2026');
    await wrapper.find('[data-testid="audit-filters"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ action: 'category.delete', from: '2026-01-01', to: '2026-12-31' });
    expect(api.listAudit).toHaveBeenLastCalledWith('an-hao-dong', { action: 'category.delete', from: '2026-01-01', to: '2026-12-31', page: 1, pageSize: 25 });
  });

  it('should refuse a day the calendar does not have and a range that ends before it starts', async () => {
    const { wrapper, router } = await mountPage('/sites/an-hao-dong/nhat-ky');
    await wrapper.find('#audit-from').setValue('31/02/2026');
    await wrapper.find('[data-testid="audit-filters"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#audit-from-error').text()).toContain('Ngày không hợp lệ');
    expect(router.currentRoute.value.query).toEqual({});

    await wrapper.find('#audit-from').setValue('31/12/2026');
    await wrapper.find('#audit-to').setValue('01/01/2026');
    await wrapper.find('[data-testid="audit-filters"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#audit-to-error').text()).toContain('phải sau');
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('should download the CSV with the same filters and the file name the API gave', async () => {
    const createObjectURL = vi.fn(() => 'blob:csv');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    api.exportAuditCsv.mockResolvedValue({ blob: new Blob(['a;b'], { type: 'text/csv' }), fileName: 'nhat-ky-an-hao-dong-2026-03-01.csv' });
    const { wrapper } = await mountPage(`/sites/an-hao-dong/nhat-ky?type=article&item=${ARTICLE_ID}&to=2026-12-31&page=2`);
    await wrapper.find('[data-testid="audit-export"]').trigger('click');
    await flushPromises();
    expect(api.exportAuditCsv).toHaveBeenCalledWith('an-hao-dong', { targetType: 'article', targetId: ARTICLE_ID, to: '2026-12-31' });
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    expect(wrapper.find('[data-testid="audit-export-notice"]').text()).toContain('nhat-ky-an-hao-dong-2026-03-01.csv');
    click.mockRestore();
  });

  it('should say that nothing matches when the filters leave nothing', async () => {
    api.listAudit.mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 25 });
    const { wrapper } = await mountPage('/sites/an-hao-dong/nhat-ky?action=demo.seed');
    expect(wrapper.find('[data-testid="audit-empty"]').text()).toBe('Không có hoạt động nào khớp với bộ lọc.');
  });
});

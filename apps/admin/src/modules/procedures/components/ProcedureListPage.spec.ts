import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { Permission } from '@congxa/shared/authz';
import type { MeResponse } from '@congxa/shared/dto/auth';
import * as http from '../../../core/http';
import { createAppI18n } from '../../../i18n';
import * as authApi from '../../auth/api';
import { useSessionStore } from '../../auth/stores/session';
import { sampleEnvelope } from '../../content/testing';
import { procedureRoutes } from '../routes';
import { sampleProcedure } from '../testing';

vi.mock('../../auth/api', () => ({ login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), fetchMe: vi.fn(), requestPasswordReset: vi.fn(), setPassword: vi.fn() }));
vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<typeof http>()), http: vi.fn() }));
const auth = vi.mocked(authApi);
const api = vi.mocked(http.http);

const SITE = 'an-hao-dong';
const user = { id: 'u3', email: 'chief@demo.local', fullName: 'Nguyễn Văn Trưởng', isPlatformAdmin: false };
const BOARD: Permission[] = ['content.read', 'content.read_all', 'content.create', 'content.update', 'field.read', 'category.read'];
const me = (permissions: Permission[]): MeResponse => ({
  user,
  permissions: [],
  memberships: [{ site: { id: 's1', code: '99999', slug: SITE, name: 'Xã Ân Hảo Đông' }, role: 'chief', isStaff: false, fields: [], permissions }],
});
const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

async function mountList(lang: 'vi' | 'en' = 'vi') {
  auth.fetchMe.mockResolvedValue(me(BOARD));
  const pinia = createPinia();
  setActivePinia(pinia);
  await useSessionStore().restore();
  const router = createRouter({
    history: createMemoryHistory('/admin/'),
    routes: [
      procedureRoutes[0]!,
      { path: '/sites/:site/thu-tuc/nhap-bang-tinh', name: 'procedure-import', component: { render: () => h('p', 'import') } },
      { path: '/sites/:site/thu-tuc/:id', name: 'procedure-edit', component: { render: () => h('p', 'editor') } },
    ],
  });
  await router.push(`/sites/${SITE}/thu-tuc`);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n(lang), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

describe('ProcedureListPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.mockImplementation(async (path: string, options) => {
      if (path === `/sites/${SITE}/procedures` && options?.method === 'POST') return sampleProcedure({ id: 'p-new' });
      // The staff list carries each row's list facts: code and level.
      if (path === `/sites/${SITE}/procedures`) {
        const p = sampleProcedure();
        return page([{ ...sampleEnvelope({ id: p.id, type: 'procedure', title: p.title }), code: p.code, level: p.level }]);
      }
      return page([]);
    });
  });

  it('should list procedures with their code, name, level and status, linked to the editor', async () => {
    const { wrapper } = await mountList();
    expect(wrapper.find('h1').text()).toBe('Thủ tục hành chính');
    const headers = wrapper.findAll('th').map((th) => th.text().replace(/[▲▼]/g, '').trim());
    expect(headers.slice(0, 4)).toEqual(['Mã thủ tục', 'Tên thủ tục', 'Cấp thực hiện', 'Trạng thái']);
    const row = wrapper.find('[data-testid="procedure-row"]');
    expect(row.find('[data-testid="column-code"]').text()).toBe('1.001193');
    expect(row.find('[data-testid="column-level"]').text()).toBe('Cấp xã');
    expect(row.find('a').attributes('href')).toBe(`/admin/sites/${SITE}/thu-tuc/p0000000-0000-4000-8000-000000000010`);
    expect(wrapper.find('#list-field').exists()).toBe(true);
    expect(wrapper.find('#list-q').exists()).toBe(true);
    // The national database's export is imported from a spreadsheet, as the documents' register is.
    const importLink = wrapper.find('[data-testid="procedure-import-link"]');
    expect(importLink.text()).toBe('Nhập từ bảng tính');
    expect(importLink.attributes('href')).toBe(`/admin/sites/${SITE}/thu-tuc/nhap-bang-tinh`);
  });

  it('should create a procedure from its name and code (typed without the dot too) and open it', async () => {
    const { wrapper, router } = await mountList('en');
    const button = wrapper.find('[data-testid="new-item"]');
    expect(button.text()).toBe('Enter a new procedure');
    await button.trigger('click');
    await flushPromises();
    await wrapper.find('#new-procedure-title-input').setValue('Đăng ký khai sinh');
    await wrapper.find('#new-procedure-code').setValue(' 1001193 ');
    await wrapper.find('#new-procedure-title-input').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(api).toHaveBeenCalledWith(
      `/sites/${SITE}/procedures`,
      expect.objectContaining({ method: 'POST', body: { title: 'Đăng ký khai sinh', code: '1.001193' } }),
    );
    expect(router.currentRoute.value.name).toBe('procedure-edit');
  });
});

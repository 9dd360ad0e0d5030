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
import { documentRoutes } from '../routes';
import { sampleDocument } from '../testing';

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
      documentRoutes[0]!,
      { path: '/sites/:site/van-ban/nhap-bang-tinh', name: 'document-import', component: { render: () => h('p', 'import') } },
      { path: '/sites/:site/van-ban/:id', name: 'document-edit', component: { render: () => h('p', 'editor') } },
    ],
  });
  await router.push(`/sites/${SITE}/van-ban`);
  await router.isReady();
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), {
    global: { plugins: [pinia, createAppI18n(lang), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

describe('DocumentListPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
    auth.refresh.mockResolvedValue({ accessToken: 't', expiresIn: 900, user });
    api.mockImplementation(async (path: string, options) => {
      if (path === `/sites/${SITE}/documents` && options?.method === 'POST') return sampleDocument({ id: 'd-new' });
      // The staff list carries each row's list facts: number, type and day of issue.
      if (path === `/sites/${SITE}/documents`) {
        const d = sampleDocument();
        return page([
          {
            ...sampleEnvelope({ id: 'd0000000-0000-4000-8000-000000000010', type: 'document', title: d.title }),
            number: d.number,
            documentType: d.documentType,
            issuedOn: d.issuedOn,
          },
        ]);
      }
      return page([]);
    });
  });

  it('should list documents as a register: number, title, type, day of issue and status, linked to the editor', async () => {
    const { wrapper } = await mountList();
    expect(wrapper.find('h1').text()).toBe('Văn bản');
    const headers = wrapper.findAll('th').map((th) => th.text().replace(/[▲▼]/g, '').trim());
    expect(headers.slice(0, 5)).toEqual(['Số ký hiệu', 'Trích yếu', 'Loại', 'Ngày ban hành', 'Trạng thái']);
    expect(headers).not.toContain('Người viết');
    const row = wrapper.find('[data-testid="document-row"]');
    expect(row.find('[data-testid="column-number"]').text()).toBe('12/QĐ-UBND');
    expect(row.find('[data-testid="column-documentType"]').text()).toBe('Quyết định');
    expect(row.find('[data-testid="column-issuedOn"]').text()).toBe('05/03/2026');
    expect(row.find('a').attributes('href')).toBe(`/admin/sites/${SITE}/van-ban/d0000000-0000-4000-8000-000000000010`);
    // The generic filters: status, field, text.
    expect(wrapper.find('#list-status').exists()).toBe(true);
    expect(wrapper.find('#list-field').exists()).toBe(true);
    expect(wrapper.find('#list-q').exists()).toBe(true);
    expect(wrapper.find('#list-category').exists()).toBe(false);
    // Whoever may create documents may import a register from a spreadsheet.
    const importLink = wrapper.find('[data-testid="document-import-link"]');
    expect(importLink.text()).toBe('Nhập từ bảng tính');
    expect(importLink.attributes('href')).toBe(`/admin/sites/${SITE}/van-ban/nhap-bang-tinh`);
  });

  it('should create a document from its title and open it', async () => {
    const { wrapper, router } = await mountList('en');
    const button = wrapper.find('[data-testid="new-item"]');
    expect(button.text()).toBe('Enter a new document');
    await button.trigger('click');
    await flushPromises();
    await wrapper.find('#new-document-title-input').setValue('Decision on the commune portal rules');
    await wrapper.find('#new-document-title-input').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(api).toHaveBeenCalledWith(
      `/sites/${SITE}/documents`,
      expect.objectContaining({ method: 'POST', body: { title: 'Decision on the commune portal rules' } }),
    );
    expect(router.currentRoute.value.name).toBe('document-edit');
  });
});

import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteResponse } from '@congxa/shared/dto/sites';
import { http, HttpError, type HttpOptions } from '../../../core/http';
import { membersRoutes } from '../../members/routes';
import { inDocument, mountAt, sampleMember } from '../../members/testing';
import { platformRoutes } from '../routes';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), http: vi.fn() }));
const api = vi.mocked(http);

const created: SiteResponse = {
  id: 's2',
  code: '22015',
  slug: 'binh-minh',
  name: 'Xã Bình Minh',
  domains: ['binhminh.gov.vn'],
  revision: 1,
  createdAt: '2025-05-01T01:00:00.000Z',
  updatedAt: '2025-05-01T01:00:00.000Z',
};
const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 100 });

function type(selector: string, value: string): void {
  const input = inDocument<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('platform sites', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
  });

  it('should tell a commune member plainly that only platform administrators manage sites', async () => {
    const { wrapper } = await mountAt(platformRoutes, '/he-thong/trang-xa', { role: 'chief' });
    expect(wrapper.find('[role="alert"]').text()).toContain('Chỉ quản trị hệ thống');
    expect(api).not.toHaveBeenCalled();
  });

  it('should create a site, show a taken domain beside the domains, then open the new site to invite its chief', async () => {
    let attempt = 0;
    api.mockImplementation(async (path: string, options: HttpOptions = {}) => {
      const method = options.method ?? 'GET';
      if (method === 'GET' && path === '/sites') return page([]);
      if (method === 'POST' && path === '/sites') {
        attempt += 1;
        if (attempt === 1)
          throw new HttpError({ status: 409, code: 'DOMAIN_TAKEN', message: 'Tên miền đã thuộc trang khác.', details: { domains: ['localhost'] } });
        return created;
      }
      if (method === 'GET' && path === '/sites/binh-minh') return created;
      if (method === 'GET' && path === '/sites/binh-minh/members') return page([]);
      if (method === 'POST' && path === '/sites/binh-minh/members')
        return sampleMember({ id: 'c1', role: 'chief', email: 'truong@xa.vn', fullName: 'Lê Văn Trưởng' });
      if (method === 'GET' && path === '/sites/binh-minh/outbox') return page([{ id: 'o1', to: 'truong@xa.vn', status: 'held' }]);
      throw new Error(`unexpected ${method} ${path}`);
    });
    const { wrapper, router } = await mountAt([...platformRoutes, ...membersRoutes], '/he-thong/trang-xa', { role: null, isPlatformAdmin: true });
    expect(wrapper.text()).toContain('Chưa có trang xã nào');
    await wrapper.find('[data-testid="create-site"]').trigger('click');
    await flushPromises();

    type('#new-site-code', '22015');
    type('#new-site-name', 'Xã Bình Minh');
    await flushPromises();
    expect(inDocument<HTMLInputElement>('#new-site-slug').value).toBe('binh-minh');
    inDocument('[data-testid="add-domain"]').click();
    await flushPromises();
    type('#new-site-domains-0', 'https://localhost/');
    inDocument<HTMLFormElement>('[data-testid="create-site-dialog"] form').dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(api.mock.calls.find(([p, o]) => p === '/sites' && o?.method === 'POST')?.[1]?.body).toEqual({
      code: '22015',
      slug: 'binh-minh',
      name: 'Xã Bình Minh',
      domains: ['localhost'],
    });
    expect(inDocument('#new-site-domains-error').textContent).toBe('Tên miền đã thuộc trang khác. Đã thuộc trang khác: localhost.');

    type('#new-site-domains-0', 'binhminh.gov.vn');
    inDocument<HTMLFormElement>('[data-testid="create-site-dialog"] form').dispatchEvent(new Event('submit'));
    await flushPromises();
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/he-thong/trang-xa/binh-minh?created=1'));
    await flushPromises();
    expect(wrapper.text()).toContain('Đã tạo trang “Xã Bình Minh”');
    expect(wrapper.find('[data-testid="no-chief"]').exists()).toBe(true);

    type('#chief-email', 'truong@xa.vn');
    type('#chief-fullName', 'Lê Văn Trưởng');
    await wrapper.find('[data-testid="chief-invite"]').trigger('submit');
    await flushPromises();
    expect(api.mock.calls.find(([p, o]) => p === '/sites/binh-minh/members' && o?.method === 'POST')?.[1]?.body).toMatchObject({
      email: 'truong@xa.vn',
      fullName: 'Lê Văn Trưởng',
      role: 'chief',
    });
    const notice = wrapper.find('[data-testid="invitation-notice"]');
    expect(notice.text()).toContain('Hộp thư đi');
    expect(notice.find('a').attributes('href')).toBe('/sites/binh-minh/outbox?status=held');
    expect(wrapper.find('[data-testid="no-chief"]').exists()).toBe(false);
  });
});

import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpError, type HttpOptions } from '../../../core/http';
import { fieldsRoutes } from '../../fields/routes';
import { membersRoutes } from '../routes';
import { inDocument, mountAt, sampleMember } from '../testing';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), http: vi.fn() }));
const api = vi.mocked(http);

const FIELDS = [{ id: '0f4d0a4e-0000-4000-8000-000000000001', name: 'Giáo dục', slug: 'giao-duc', memberCount: 0, revision: 1 }];
const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 100 });

/** Answers the page's GETs; `post` handles the rest. */
function routeApi(members: ReturnType<typeof sampleMember>[], other: (path: string, options: HttpOptions) => unknown = () => undefined) {
  api.mockImplementation(async (path: string, options: HttpOptions = {}) => {
    const method = options.method ?? 'GET';
    if (method === 'GET' && path.endsWith('/members')) return page(members);
    if (method === 'GET' && path.endsWith('/fields')) return page(FIELDS);
    if (method === 'GET' && path.endsWith('/outbox')) return page([{ id: 'o1', to: 'hoa@xa.vn', status: 'held' }]);
    return other(path, options);
  });
}

const click = async (el: HTMLElement) => {
  el.click();
  await flushPromises();
};

describe('MembersPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
  });

  it('should list members with their role in words and hide invite/remove from an editor', async () => {
    routeApi([sampleMember(), sampleMember({ id: 'm2', userId: 'u2', fullName: 'Trần Văn Bình', email: 'binh@xa.vn', role: 'chief', isStaff: true })]);
    const { wrapper } = await mountAt([...membersRoutes, ...fieldsRoutes], '/sites/an-hao-dong/thanh-vien', { role: 'editor' });
    const rows = wrapper.findAll('[data-testid="member-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[1].text()).toContain('Trưởng ban biên tập');
    expect(rows[1].text()).toContain('Cán bộ, công chức xã');
    expect(wrapper.find('[data-testid="invite-button"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="remove-member"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="edit-member"]').exists()).toBe(false);
  });

  it('should filter by the search in the URL, without tone marks', async () => {
    routeApi([sampleMember(), sampleMember({ id: 'm2', userId: 'u2', fullName: 'Trần Văn Bình', email: 'binh@xa.vn' })]);
    const { wrapper } = await mountAt(membersRoutes, '/sites/an-hao-dong/thanh-vien?q=binh', { role: 'deputy' });
    const rows = wrapper.findAll('[data-testid="member-row"]');
    expect(rows.map((r) => r.find('strong').text())).toEqual(['Trần Văn Bình']);
  });

  it('should offer a deputy only contributor and editor, and show an API field error beside its field', async () => {
    routeApi([], (path, options) => {
      if (options.method === 'POST' && path === '/sites/an-hao-dong/members') {
        throw new HttpError({
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'Dữ liệu gửi lên không hợp lệ.',
          fieldErrors: [{ field: 'email', rule: 'isEmail', message: 'Email không hợp lệ.' }],
        });
      }
    });
    const { wrapper } = await mountAt(membersRoutes, '/sites/an-hao-dong/thanh-vien', { role: 'deputy' });
    await wrapper.find('[data-testid="invite-button"]').trigger('click');
    await flushPromises();
    const dialog = inDocument('[data-testid="invite-dialog"]');
    expect(dialog.querySelector('[data-testid="role-option-contributor"]')?.textContent).toContain('Không được: kiểm tra, xác nhận tin bài, duyệt đăng');
    expect(dialog.querySelector('[data-testid="role-option-deputy"]')).toBeNull();
    expect(dialog.textContent).toContain('Chỉ Trưởng ban biên tập');

    const email = inDocument<HTMLInputElement>('#invite-email');
    email.value = 'hoa@xa';
    email.dispatchEvent(new Event('input'));
    const name = inDocument<HTMLInputElement>('#invite-fullName');
    name.value = 'Phạm Thị Hoa';
    name.dispatchEvent(new Event('input'));
    await click(inDocument('#invite-role-contributor'));
    // The form's own check first: no request for an address without a domain.
    inDocument<HTMLFormElement>('[data-testid="invite-dialog"] form').dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(inDocument('#invite-email-error').textContent).toContain('Email chưa đúng dạng');
    expect(api.mock.calls.some(([, o]) => o?.method === 'POST')).toBe(false);

    email.value = 'hoa@xa.vn';
    email.dispatchEvent(new Event('input'));
    inDocument<HTMLFormElement>('[data-testid="invite-dialog"] form').dispatchEvent(new Event('submit'));
    await flushPromises();
    const post = api.mock.calls.find(([, o]) => o?.method === 'POST');
    expect(post?.[1]?.body).toEqual({ email: 'hoa@xa.vn', fullName: 'Phạm Thị Hoa', role: 'contributor', isStaff: false, fieldIds: [] });
    expect(inDocument('#invite-email-error').textContent).toBe('Email không hợp lệ.');
    expect(inDocument('#invite-email').getAttribute('aria-invalid')).toBe('true');
  });

  it('should say where the invitation is when the mail is held in the outbox', async () => {
    routeApi([], (_path, options) => {
      if (options.method === 'POST') return sampleMember({ id: 'm9', email: 'hoa@xa.vn', fullName: 'Phạm Thị Hoa', role: 'chief' });
    });
    const { wrapper } = await mountAt(membersRoutes, '/sites/an-hao-dong/thanh-vien', { role: 'chief' });
    await wrapper.find('[data-testid="invite-button"]').trigger('click');
    await flushPromises();
    for (const [id, value] of [
      ['#invite-email', 'hoa@xa.vn'],
      ['#invite-fullName', 'Phạm Thị Hoa'],
    ]) {
      const input = inDocument<HTMLInputElement>(id);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await click(inDocument('#invite-role-chief'));
    inDocument<HTMLFormElement>('[data-testid="invite-dialog"] form').dispatchEvent(new Event('submit'));
    await flushPromises();
    const notice = wrapper.find('[data-testid="invitation-notice"]');
    expect(notice.text()).toContain('Đã thêm Phạm Thị Hoa với vai trò Trưởng ban biên tập.');
    expect(notice.text()).toContain('thư đang được giữ trong Hộp thư đi');
    expect(notice.find('a').attributes('href')).toBe('/sites/an-hao-dong/outbox?status=held');
    expect(wrapper.findAll('[data-testid="member-row"]')).toHaveLength(1);
  });

  it('should resend an invitation and show the refusal in words when the account is active', async () => {
    let calls = 0;
    routeApi([sampleMember({ activated: false })], (path, options) => {
      if (options.method === 'POST' && path === '/sites/an-hao-dong/members/m1/invitation') {
        calls += 1;
        if (calls === 1) return { memberId: 'm1', email: 'lan@xa.vn', revokedLinks: 1 };
        throw new HttpError({ status: 409, code: 'ACCOUNT_ALREADY_ACTIVE', message: 'Thành viên này đã đặt mật khẩu và đăng nhập được.' });
      }
    });
    const { wrapper } = await mountAt(membersRoutes, '/sites/an-hao-dong/thanh-vien', { role: 'deputy' });
    await wrapper.find('[data-testid="resend-invitation"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="invitation-notice"]').text()).toContain('Đã gửi lại lời mời tới lan@xa.vn.');
    expect(wrapper.find('[data-testid="invitation-notice"]').text()).toContain('Các liên kết mời trước đó không còn dùng được.');
    await wrapper.find('[data-testid="resend-invitation"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('Thành viên này đã đặt mật khẩu và đăng nhập được.');
  });

  it('should name the person in the removal confirmation and remove only after it', async () => {
    routeApi([sampleMember({ role: 'editor', fields: [{ id: FIELDS[0].id, name: 'Giáo dục' }] })], () => undefined);
    const { wrapper } = await mountAt(membersRoutes, '/sites/an-hao-dong/thanh-vien', { role: 'chief' });
    const button = wrapper.find('[data-testid="remove-member"]');
    expect(button.text()).toContain('Gỡ');
    expect(button.text()).toContain('Nguyễn Thị Lan');
    await button.trigger('click');
    await flushPromises();
    const dialog = inDocument('[data-testid="remove-dialog"]');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain('Gỡ Nguyễn Thị Lan khỏi trang?');
    expect(dialog.textContent).toContain('lan@xa.vn, Biên tập viên');
    expect(api.mock.calls.some(([, o]) => o?.method === 'DELETE')).toBe(false);
    await click(inDocument('[data-testid="confirm-remove"]'));
    expect(api).toHaveBeenCalledWith('/sites/an-hao-dong/members/m1', { method: 'DELETE' });
    expect(wrapper.findAll('[data-testid="member-row"]')).toHaveLength(0);
    expect(wrapper.text()).toContain('Đã gỡ Nguyễn Thị Lan khỏi trang.');
  });

  it('should send the revision when editing and keep the choices on a conflict', async () => {
    const lan = sampleMember({ revision: 4 });
    let first = true;
    routeApi([lan], (_path, options) => {
      if (options.method === 'PATCH') {
        if (first) {
          first = false;
          throw new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'x', details: { current: { ...lan, revision: 5, isStaff: false } } });
        }
        return { ...lan, revision: 6, isStaff: true };
      }
    });
    const { wrapper } = await mountAt(membersRoutes, '/sites/an-hao-dong/thanh-vien', { role: 'chief' });
    await wrapper.find('[data-testid="edit-member"]').trigger('click');
    await flushPromises();
    await click(inDocument('#edit-staff'));
    inDocument<HTMLFormElement>('[data-testid="edit-dialog"] form').dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(api.mock.calls.filter(([, o]) => o?.method === 'PATCH')[0][1]?.body).toEqual({ revision: 4, isStaff: true });
    expect(inDocument('[data-testid="edit-dialog"]').textContent).toContain('Người khác vừa sửa thành viên này');
    inDocument<HTMLFormElement>('[data-testid="edit-dialog"] form').dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(api.mock.calls.filter(([, o]) => o?.method === 'PATCH')[1][1]?.body).toEqual({ revision: 5, isStaff: true });
    expect(wrapper.text()).toContain('Đã lưu thay đổi của Nguyễn Thị Lan.');
  });
});

import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpError, type HttpOptions } from '../../../core/http';
import { membersRoutes } from '../../members/routes';
import { inDocument, mountAt } from '../../members/testing';
import { fieldsRoutes } from '../routes';

vi.mock('../../../core/http', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), http: vi.fn() }));
const api = vi.mocked(http);
const page = <T>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 100 });
const YTE = { id: 'f1', name: 'Y tế', slug: 'y-te', memberCount: 0, revision: 1 };
const GD = { id: 'f2', name: 'Giáo dục', slug: 'giao-duc', memberCount: 2, revision: 1 };

describe('FieldsPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    document.body.innerHTML = '';
  });

  it('should show the fields read-only to a deputy', async () => {
    api.mockResolvedValue(page([GD, YTE]));
    const { wrapper } = await mountAt([...fieldsRoutes, ...membersRoutes], '/sites/an-hao-dong/linh-vuc', { role: 'deputy' });
    expect(wrapper.findAll('[data-testid="field-row"]')).toHaveLength(2);
    expect(wrapper.find('[data-testid="create-field"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="rename-field"]').exists()).toBe(false);
  });

  it('should put a taken name beside the name box, and delete only an unused field after confirming', async () => {
    api.mockImplementation(async (_path: string, options: HttpOptions = {}) => {
      if (!options.method) return page([GD, YTE]);
      if (options.method === 'POST') throw new HttpError({ status: 409, code: 'NAME_TAKEN', message: 'Tên này đã có.' });
      return undefined;
    });
    const { wrapper } = await mountAt([...fieldsRoutes, ...membersRoutes], '/sites/an-hao-dong/linh-vuc', { role: 'chief' });
    await wrapper.find('#new-field-name').setValue('Y tế');
    await wrapper.find('[data-testid="create-field"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#new-field-name-error').text()).toBe('Tên này đã có.');

    const rows = wrapper.findAll('[data-testid="field-row"]');
    expect(rows[0].find('[data-testid="delete-field"]').exists()).toBe(false);
    expect(rows[0].text()).toContain('Không xóa được khi còn 2 thành viên');
    await rows[1].find('[data-testid="delete-field"]').trigger('click');
    await flushPromises();
    expect(inDocument('[data-testid="delete-field-dialog"]').textContent).toContain('Xóa lĩnh vực “Y tế”?');
    inDocument('[data-testid="confirm-delete-field"]').click();
    await flushPromises();
    expect(api).toHaveBeenCalledWith('/sites/an-hao-dong/fields/f1', { method: 'DELETE' });
    expect(wrapper.findAll('[data-testid="field-row"]')).toHaveLength(1);
  });
});

import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import type { PresenceResponse } from '@congxa/shared/dto/content';
import { HttpError } from '../../../core/http';
import { usePresence, type PresenceOptions } from './usePresence';

const other: PresenceResponse = { others: [{ user: { id: 'u2', fullName: 'Nguyễn Văn A' }, since: '2026-12-05T03:32:00.000Z', editing: true }] };

function setup(options: Partial<PresenceOptions> & Pick<PresenceOptions, 'beat'>) {
  let api!: ReturnType<typeof usePresence>;
  const leave = options.leave ?? vi.fn().mockResolvedValue(undefined);
  const wrapper = mount(
    defineComponent({
      setup() {
        api = usePresence({ editing: () => false, leave, ...options });
        return () => h('div');
      },
    }),
  );
  return { api, wrapper, leave };
}

describe('usePresence', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should beat every 10 s saying whether the form is dirty and list the others', async () => {
    let dirty = false;
    const beat = vi.fn().mockResolvedValue(other);
    const { api, wrapper } = setup({ beat, editing: () => dirty });
    api.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(beat).toHaveBeenLastCalledWith(false);
    expect(api.others.value[0].user.fullName).toBe('Nguyễn Văn A');
    dirty = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(beat).toHaveBeenCalledTimes(2);
    expect(beat).toHaveBeenLastCalledWith(true);
    wrapper.unmount();
  });

  it('should stop and say it left when the editor closes', async () => {
    const beat = vi.fn().mockResolvedValue(other);
    const { api, wrapper, leave } = setup({ beat });
    api.start();
    await vi.advanceTimersByTimeAsync(0);
    wrapper.unmount();
    expect(leave).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(beat).toHaveBeenCalledTimes(1);
  });

  it('should turn itself off quietly when the API has no presence endpoint', async () => {
    const beat = vi.fn().mockRejectedValue(new HttpError({ status: 404, code: 'UNEXPECTED_RESPONSE', message: 'HTTP 404' }));
    const { api, wrapper } = setup({ beat });
    api.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(beat).toHaveBeenCalledTimes(1);
    expect(api.active.value).toBe(false);
    expect(api.others.value).toEqual([]);
    wrapper.unmount();
  });

  it('should keep trying after a passing failure such as a dropped connection', async () => {
    const beat = vi
      .fn()
      .mockRejectedValueOnce(new HttpError({ status: 0, code: 'NETWORK_ERROR', message: 'offline' }))
      .mockResolvedValue(other);
    const { api, wrapper } = setup({ beat });
    api.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(beat).toHaveBeenCalledTimes(2);
    expect(api.others.value).toHaveLength(1);
    wrapper.unmount();
  });
});

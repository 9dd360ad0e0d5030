import { describe, expect, it } from 'vitest';
import { bodyPreview, pageCount, parseOutboxQuery, statusTone } from './outboxView';

describe('outbox view helpers', () => {
  it('should show the body on one line, cut at a word with an ellipsis when the mail is long', () => {
    const text = 'Xin chào,\n\nBạn được mời tham gia Ban biên tập Xã Ân Hảo Đông với vai trò Cộng tác viên trên hệ thống CongXa.';
    expect(bodyPreview(text, 200)).toBe('Xin chào, Bạn được mời tham gia Ban biên tập Xã Ân Hảo Đông với vai trò Cộng tác viên trên hệ thống CongXa.');
    expect(bodyPreview(text, 40)).toBe('Xin chào, Bạn được mời tham gia Ban…');
  });

  it('should cut inside a long word when there is no space to cut at', () => {
    expect(bodyPreview('http://localhost:3000/admin/dat-mat-khau?token=abcdefghijklmnopqrstuvwxyz', 20)).toBe('http://localhost:300…');
  });

  it('should read page and status from the address and ignore values that make no sense', () => {
    expect(parseOutboxQuery({ page: '3', status: 'held' })).toEqual({ page: 3, status: 'held' });
    expect(parseOutboxQuery({ page: ['2', '5'], status: ['failed'] })).toEqual({ page: 2, status: 'failed' });
    expect(parseOutboxQuery({ page: '-1', status: 'lost' })).toEqual({ page: 1, status: null });
    expect(parseOutboxQuery({ page: '1.5' })).toEqual({ page: 1, status: null });
  });

  it('should count at least one page and round up partial pages', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  it('should flag failed mail as danger and held mail as neutral', () => {
    expect(statusTone('failed')).toBe('danger');
    expect(statusTone('held')).toBe('neutral');
    expect(statusTone('sent')).toBe('success');
    expect(statusTone('pending')).toBe('progress');
  });
});

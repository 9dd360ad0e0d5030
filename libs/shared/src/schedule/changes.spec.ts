import type { ContentRow } from '../content/schema';
import { scheduleChanges } from './changes';

const row = (id: string, activity: string, time: string | null = '08:00'): ContentRow => ({ id, date: '2026-12-01', time, activity, location: null });
const T1 = '2026-11-28T09:00:00.000Z';
const T2 = '2026-12-01T02:00:00.000Z';
const T3 = '2026-12-02T03:30:00.000Z';

describe('scheduleChanges', () => {
  it('should mark nothing on a week published once', () => {
    expect(scheduleChanges([{ publishedAt: T1, rows: [row('a', 'Họp'), row('b', 'Tiếp dân')] }])).toEqual({ adjusted: {}, removed: [] });
    expect(scheduleChanges([])).toEqual({ adjusted: {}, removed: [] });
  });

  it('should mark a changed row and an added row with the publication that changed them, and leave unchanged rows alone', () => {
    const first = { publishedAt: T1, rows: [row('a', 'Họp'), row('b', 'Tiếp dân')] };
    const second = { publishedAt: T2, rows: [row('a', 'Họp'), row('b', 'Tiếp dân', '14:00'), row('c', 'Kiểm tra')] };
    expect(scheduleChanges([first, second])).toEqual({ adjusted: { b: T2, c: T2 }, removed: [] });
  });

  it('should keep the time of the edition since which a row has stayed as it is', () => {
    const e1 = { publishedAt: T1, rows: [row('a', 'Họp'), row('b', 'Tiếp dân')] };
    const e2 = { publishedAt: T2, rows: [row('a', 'Họp chi bộ'), row('b', 'Tiếp dân')] };
    const e3 = { publishedAt: T3, rows: [row('a', 'Họp chi bộ'), row('b', 'Tiếp công dân')] };
    expect(scheduleChanges([e1, e2, e3]).adjusted).toEqual({ a: T2, b: T3 });
  });

  it('should count a row changed and changed back as changed since its last change', () => {
    const e1 = { publishedAt: T1, rows: [row('a', 'Họp')] };
    const e2 = { publishedAt: T2, rows: [row('a', 'Hoãn')] };
    const e3 = { publishedAt: T3, rows: [row('a', 'Họp')] };
    expect(scheduleChanges([e1, e2, e3]).adjusted).toEqual({ a: T3 });
  });

  it('should list rows taken out as cancelled, in their last published form, with when', () => {
    const e1 = { publishedAt: T1, rows: [row('a', 'Họp'), row('b', 'Tiếp dân')] };
    const e2 = { publishedAt: T2, rows: [row('a', 'Họp'), row('b', 'Tiếp dân buổi chiều')] };
    const e3 = { publishedAt: T3, rows: [row('a', 'Họp')] };
    expect(scheduleChanges([e1, e2, e3])).toEqual({ adjusted: {}, removed: [{ row: row('b', 'Tiếp dân buổi chiều'), removedAt: T3 }] });
  });

  it('should treat an absent cell and an empty one as the same', () => {
    const e1 = { publishedAt: T1, rows: [{ id: 'a', date: '2026-12-01', activity: 'Họp' } as ContentRow] };
    const e2 = { publishedAt: T2, rows: [{ id: 'a', date: '2026-12-01', activity: 'Họp', location: null }] };
    expect(scheduleChanges([e1, e2]).adjusted).toEqual({});
  });
});

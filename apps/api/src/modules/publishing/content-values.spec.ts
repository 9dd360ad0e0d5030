import { PROCEDURE_SCHEMA, SCHEDULE_SCHEMA, type RowsField } from '@congxa/shared/content';
import { applyChanges, normalizeRows, rowsForSlip } from './content-values';

const ROWS = SCHEDULE_SCHEMA.fields.rows as unknown as RowsField;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('rows as stored', () => {
  it('should keep the ids sent, give new rows their own, and replace a repeated id', () => {
    const rows = normalizeRows(ROWS, [
      { id: 'a', date: '2026-12-01', activity: 'Họp' },
      { date: '2026-12-02', activity: 'Tiếp dân' },
      { id: 'a', date: '2026-12-03', activity: 'Kiểm tra' },
    ]);
    expect(rows[0]!.id).toBe('a');
    expect(rows[1]!.id).toMatch(UUID);
    expect(rows[2]!.id).toMatch(UUID);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });

  it('should hold every declared cell, trimmed, empty ones as null, and nothing else', () => {
    const [row] = normalizeRows(ROWS, [{ id: 'r', date: '2026-12-01', time: '', activity: '  Họp giao ban  ', location: '   ', other: 'x' } as never]);
    expect(row).toEqual({
      id: 'r',
      date: '2026-12-01',
      time: null,
      activity: 'Họp giao ban',
      presiding: null,
      participants: null,
      location: null,
      preparing: null,
    });
  });

  it('should normalise rows on every save through applyChanges', () => {
    const next = applyChanges(SCHEDULE_SCHEMA, { rows: [] }, { rows: [{ date: '2026-12-01', activity: ' Họp ' }] });
    expect(next.rows).toEqual([expect.objectContaining({ id: expect.stringMatching(UUID), activity: 'Họp', time: null })]);
  });
});

describe('rows on the approval slip', () => {
  it('should print one numbered line per row, days as dd/mm/yyyy, empty cells and files left out', () => {
    const rows = normalizeRows(ROWS, [
      { date: '2026-12-01', time: '07:30', activity: 'Giao ban', presiding: 'Chủ tịch UBND xã' },
      { date: '2026-12-03', activity: 'Tiếp công dân' },
    ]);
    expect(rowsForSlip(ROWS, rows)).toBe('1. 01/12/2026 · 07:30 · Giao ban · Chủ tịch UBND xã\n2. 03/12/2026 · Tiếp công dân');
    const dossier = PROCEDURE_SCHEMA.fields.dossier as unknown as RowsField;
    expect(rowsForSlip(dossier, [{ id: 'd', name: 'Tờ khai đăng ký khai sinh', copies: '01 bản chính', form: '6f1c2a9e-3b4d-4c5e-8f70-123456789abc' }])).toBe(
      '1. Tờ khai đăng ký khai sinh · 01 bản chính',
    );
    expect(rowsForSlip(ROWS, [])).toBeNull();
    expect(rowsForSlip(ROWS, null)).toBeNull();
  });
});

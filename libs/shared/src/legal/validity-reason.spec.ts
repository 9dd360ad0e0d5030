import { withSiteDocumentTypes } from './document-types';
import type { Validity } from './validity';
import { relatedDocumentName, validityReason } from './validity-reason';

const QD15 = { id: 'd15', number: '15/QĐ-UBND' };

type Row = [name: string, result: Validity, vi: string, en: string];

const ROWS: Row[] = [
  [
    'in force',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
    'Có hiệu lực từ 25/01/2024',
    'In force since 25/01/2024',
  ],
  [
    'amended',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'amended', date: '2024-05-01', by: { id: 'd20', number: '20/2024/QĐ-UBND' } } },
    'Còn hiệu lực; được sửa đổi, bổ sung bởi Quyết định số 20/2024/QĐ-UBND từ 01/05/2024',
    'In force; amended by Decision No. 20/2024/QĐ-UBND with effect from 01/05/2024',
  ],
  [
    'amended, day not recorded',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'amended', by: { id: 'd20', number: '20/NQ-HĐND' } } },
    'Còn hiệu lực; được sửa đổi, bổ sung bởi Nghị quyết số 20/NQ-HĐND',
    'In force; amended by Resolution No. 20/NQ-HĐND',
  ],
  [
    'resumed',
    { status: 'in_force', since: '2024-09-01', reason: { code: 'resumed', date: '2024-09-01', by: { id: 'd17', number: '17/CĐ-UBND' } } },
    'Có hiệu lực trở lại từ 01/09/2024 sau thời gian bị ngưng hiệu lực theo Công điện số 17/CĐ-UBND',
    'Back in force since 01/09/2024 after a suspension by Official dispatch No. 17/CĐ-UBND',
  ],
  [
    'not yet in force',
    { status: 'not_yet_effective', since: '2025-06-10', reason: { code: 'awaiting_effect', date: '2025-07-01' } },
    'Chưa có hiệu lực; có hiệu lực từ 01/07/2025',
    'Not yet in force; takes effect on 01/07/2025',
  ],
  [
    'expired',
    { status: 'expired', since: '2025-01-01', reason: { code: 'expiry_date', date: '2025-01-01' } },
    'Hết hiệu lực từ 01/01/2025',
    'No longer in force since 01/01/2025',
  ],
  [
    'replaced',
    { status: 'replaced', since: '2025-01-01', reason: { code: 'replaced', date: '2025-01-01', by: QD15 } },
    'Hết hiệu lực từ 01/01/2025 do bị thay thế bởi Quyết định số 15/QĐ-UBND',
    'No longer in force since 01/01/2025: replaced by Decision No. 15/QĐ-UBND',
  ],
  [
    'replaced, day not recorded',
    { status: 'replaced', since: null, reason: { code: 'replaced', by: QD15 } },
    'Hết hiệu lực do bị thay thế bởi Quyết định số 15/QĐ-UBND',
    'No longer in force: replaced by Decision No. 15/QĐ-UBND',
  ],
  [
    'repealed',
    { status: 'expired', since: '2025-02-01', reason: { code: 'repealed', date: '2025-02-01', by: { id: 'd16', number: '16/2025/QĐ-UBND' } } },
    'Hết hiệu lực từ 01/02/2025 do bị bãi bỏ bởi Quyết định số 16/2025/QĐ-UBND',
    'No longer in force since 01/02/2025: repealed by Decision No. 16/2025/QĐ-UBND',
  ],
  [
    'partly repealed',
    { status: 'partially_expired', since: '2024-05-01', reason: { code: 'partially_repealed', date: '2024-05-01', by: { id: 'd18', number: '18/NQ-HĐND' } } },
    'Hết hiệu lực một phần từ 01/05/2024 do bị bãi bỏ một phần bởi Nghị quyết số 18/NQ-HĐND',
    'Partially no longer in force since 01/05/2024: partly repealed by Resolution No. 18/NQ-HĐND',
  ],
  [
    'suspended with an end',
    {
      status: 'suspended',
      since: '2024-06-01',
      reason: { code: 'suspended', date: '2024-06-01', until: '2024-09-01', by: { id: 'd17', number: '17/CĐ-UBND' } },
    },
    'Ngưng hiệu lực từ 01/06/2024 theo Công điện số 17/CĐ-UBND; có hiệu lực trở lại từ 01/09/2024',
    'Suspended since 01/06/2024 by Official dispatch No. 17/CĐ-UBND; back in force on 01/09/2024',
  ],
  [
    'suspended until further notice',
    { status: 'suspended', since: '2024-06-01', reason: { code: 'suspended', date: '2024-06-01', by: QD15 } },
    'Ngưng hiệu lực từ 01/06/2024 theo Quyết định số 15/QĐ-UBND',
    'Suspended since 01/06/2024 by Decision No. 15/QĐ-UBND',
  ],
];

describe('validityReason', () => {
  it.each(ROWS)('should explain %s', (_name, result, vi, en) => {
    expect(validityReason(result, 'vi')).toBe(vi);
    expect(validityReason(result, 'en')).toBe(en);
  });
});

describe('relatedDocumentName', () => {
  it.each([
    ['a decision', { id: 'a', number: '15/QĐ-UBND' }, 'Quyết định số 15/QĐ-UBND', 'Decision No. 15/QĐ-UBND'],
    ['a decree', { id: 'a', number: '05/2024/NĐ-CP' }, 'Nghị định số 05/2024/NĐ-CP', 'Decree No. 05/2024/NĐ-CP'],
    ['a công văn (issuer and unit, no type)', { id: 'a', number: '135/UBND-VP' }, 'Công văn số 135/UBND-VP', 'Official letter No. 135/UBND-VP'],
    ['a law (type not in the symbol)', { id: 'a', number: '80/2015/QH13' }, 'văn bản số 80/2015/QH13', 'document No. 80/2015/QH13'],
    ['a law with its type given', { id: 'a', number: '80/2015/QH13', typeCode: 'luat' }, 'Luật số 80/2015/QH13', 'Law No. 80/2015/QH13'],
    ['a number that does not parse', { id: 'a', number: 'QĐ số mười hai' }, 'văn bản số QĐ số mười hai', 'document No. QĐ số mười hai'],
    ['a document with only a title', { id: 'a', number: null, title: 'Quy chế tổ chức' }, 'văn bản “Quy chế tổ chức”', 'the document “Quy chế tổ chức”'],
    ['a document with neither', { id: 'a', number: null }, 'một văn bản khác', 'another document'],
  ])('should name %s', (_name, ref, vi, en) => {
    expect(relatedDocumentName(ref, 'vi')).toBe(vi);
    expect(relatedDocumentName(ref, 'en')).toBe(en);
  });

  it("should name a site's own type when given the site's list", () => {
    const types = withSiteDocumentTypes([{ code: 'ket-luan', label: { vi: 'Kết luận', en: 'Conclusion' }, abbreviation: 'KL' }]);
    const result: Validity = {
      status: 'replaced',
      since: '2025-01-01',
      reason: { code: 'replaced', date: '2025-01-01', by: { id: 'k', number: '03/KL-UBND' } },
    };
    expect(validityReason(result, 'vi', types)).toBe('Hết hiệu lực từ 01/01/2025 do bị thay thế bởi Kết luận số 03/KL-UBND');
    expect(validityReason(result, 'en', types)).toBe('No longer in force since 01/01/2025: replaced by Conclusion No. 03/KL-UBND');
  });
});

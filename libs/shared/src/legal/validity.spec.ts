import type { RelationKind } from './relations';
import {
  documentValidity,
  IN_FORCE_STATUSES,
  VALIDITY_STATUS_LABELS,
  VALIDITY_STATUSES,
  type IncomingRelation,
  type RelatedDocumentRef,
  type Validity,
  type ValidityInput,
  type ValidityReasonCode,
} from './validity';

/** Issued 10/01/2024, in force from 25/01/2024, no end date, nothing acting on it. */
const BASE: ValidityInput = { issuedOn: '2024-01-10', effectiveOn: '2024-01-25', expiresOn: null, relations: [] };

const doc = (over: Partial<ValidityInput> = {}): ValidityInput => ({ ...BASE, ...over });
const ref = (n: number): RelatedDocumentRef => ({ id: `doc-${n}`, number: `${n}/QĐ-UBND` });
const rel = (kind: RelationKind, n: number, effectiveOn: string | null, until?: string | null): IncomingRelation => ({
  kind,
  by: ref(n),
  effectiveOn,
  ...(until === undefined ? {} : { until }),
});

type Row = [name: string, input: ValidityInput, today: string, expected: Validity];

const ROWS: Row[] = [
  // Coming into force.
  ['before the issue date', doc(), '2024-01-05', { status: 'not_yet_effective', since: '2024-01-10', reason: { code: 'awaiting_effect', date: '2024-01-25' } }],
  [
    'on the issue date, effect later',
    doc(),
    '2024-01-10',
    { status: 'not_yet_effective', since: '2024-01-10', reason: { code: 'awaiting_effect', date: '2024-01-25' } },
  ],
  [
    'the day before the effective date',
    doc(),
    '2024-01-24',
    { status: 'not_yet_effective', since: '2024-01-10', reason: { code: 'awaiting_effect', date: '2024-01-25' } },
  ],
  ['on the effective date', doc(), '2024-01-25', { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } }],
  ['long after the effective date', doc(), '2030-06-01', { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } }],
  [
    'in force from the issue date (no effective date), on that day',
    doc({ effectiveOn: null }),
    '2024-01-10',
    { status: 'in_force', since: '2024-01-10', reason: { code: 'effective', date: '2024-01-10' } },
  ],
  [
    'in force from the issue date, the day before',
    doc({ effectiveOn: null }),
    '2024-01-09',
    { status: 'not_yet_effective', since: '2024-01-10', reason: { code: 'awaiting_effect', date: '2024-01-10' } },
  ],
  [
    'in force from a day before its issue (retroactive)',
    doc({ effectiveOn: '2024-01-01' }),
    '2024-01-10',
    { status: 'in_force', since: '2024-01-01', reason: { code: 'effective', date: '2024-01-01' } },
  ],

  // Its own end date: not in force ON the expiry date.
  [
    'the day before the expiry date',
    doc({ expiresOn: '2025-01-01' }),
    '2024-12-31',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
  ],
  [
    'on the expiry date',
    doc({ expiresOn: '2025-01-01' }),
    '2025-01-01',
    { status: 'expired', since: '2025-01-01', reason: { code: 'expiry_date', date: '2025-01-01' } },
  ],
  [
    'after the expiry date',
    doc({ expiresOn: '2025-01-01' }),
    '2026-03-01',
    { status: 'expired', since: '2025-01-01', reason: { code: 'expiry_date', date: '2025-01-01' } },
  ],
  [
    'expired before it came into force (bad data: the end wins)',
    doc({ expiresOn: '2024-01-20' }),
    '2024-01-22',
    { status: 'expired', since: '2024-01-20', reason: { code: 'expiry_date', date: '2024-01-20' } },
  ],

  // Replaced.
  [
    'the day before the replacement acts',
    doc({ relations: [rel('replaces', 15, '2025-01-01')] }),
    '2024-12-31',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
  ],
  [
    'on the day the replacement acts',
    doc({ relations: [rel('replaces', 15, '2025-01-01')] }),
    '2025-01-01',
    { status: 'replaced', since: '2025-01-01', reason: { code: 'replaced', date: '2025-01-01', by: ref(15) } },
  ],
  [
    'replaced, day not recorded',
    doc({ relations: [rel('replaces', 15, null)] }),
    '2024-02-01',
    { status: 'replaced', since: null, reason: { code: 'replaced', by: ref(15) } },
  ],
  [
    'replaced and expiring the same day (expiry date copied from the replacement)',
    doc({ expiresOn: '2025-01-01', relations: [rel('replaces', 15, '2025-01-01')] }),
    '2025-01-01',
    { status: 'replaced', since: '2025-01-01', reason: { code: 'replaced', date: '2025-01-01', by: ref(15) } },
  ],
  [
    'expired first, replaced later: it ended on its expiry date',
    doc({ expiresOn: '2025-01-01', relations: [rel('replaces', 15, '2025-03-01')] }),
    '2025-04-01',
    { status: 'expired', since: '2025-01-01', reason: { code: 'expiry_date', date: '2025-01-01' } },
  ],
  [
    'replaced before its expiry date came',
    doc({ expiresOn: '2025-01-01', relations: [rel('replaces', 15, '2024-06-01')] }),
    '2025-02-01',
    { status: 'replaced', since: '2024-06-01', reason: { code: 'replaced', date: '2024-06-01', by: ref(15) } },
  ],
  [
    'replaced before it came into force',
    doc({ relations: [rel('replaces', 15, '2024-01-20')] }),
    '2024-01-22',
    { status: 'replaced', since: '2024-01-20', reason: { code: 'replaced', date: '2024-01-20', by: ref(15) } },
  ],
  [
    'replaced twice: the first replacement decides',
    doc({ relations: [rel('replaces', 20, '2025-05-01'), rel('replaces', 15, '2025-01-01')] }),
    '2025-06-01',
    { status: 'replaced', since: '2025-01-01', reason: { code: 'replaced', date: '2025-01-01', by: ref(15) } },
  ],

  // Repealed.
  [
    'on the day the repeal acts',
    doc({ relations: [rel('repeals', 16, '2025-02-01')] }),
    '2025-02-01',
    { status: 'expired', since: '2025-02-01', reason: { code: 'repealed', date: '2025-02-01', by: ref(16) } },
  ],
  [
    'the day before the repeal acts',
    doc({ relations: [rel('repeals', 16, '2025-02-01')] }),
    '2025-01-31',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
  ],
  [
    'repealed and replaced the same day: replaced wins',
    doc({ relations: [rel('repeals', 16, '2025-02-01'), rel('replaces', 15, '2025-02-01')] }),
    '2025-02-01',
    { status: 'replaced', since: '2025-02-01', reason: { code: 'replaced', date: '2025-02-01', by: ref(15) } },
  ],
  [
    'repealed and expiring the same day: the repeal explains it',
    doc({ expiresOn: '2025-02-01', relations: [rel('repeals', 16, '2025-02-01')] }),
    '2025-02-01',
    { status: 'expired', since: '2025-02-01', reason: { code: 'repealed', date: '2025-02-01', by: ref(16) } },
  ],

  // Suspended: [effectiveOn, until).
  [
    'the day before a suspension',
    doc({ relations: [rel('suspends', 17, '2024-06-01', '2024-09-01')] }),
    '2024-05-31',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
  ],
  [
    'on the first day of a suspension',
    doc({ relations: [rel('suspends', 17, '2024-06-01', '2024-09-01')] }),
    '2024-06-01',
    { status: 'suspended', since: '2024-06-01', reason: { code: 'suspended', date: '2024-06-01', until: '2024-09-01', by: ref(17) } },
  ],
  [
    'on the last day of a suspension',
    doc({ relations: [rel('suspends', 17, '2024-06-01', '2024-09-01')] }),
    '2024-08-31',
    { status: 'suspended', since: '2024-06-01', reason: { code: 'suspended', date: '2024-06-01', until: '2024-09-01', by: ref(17) } },
  ],
  [
    'on the day a suspension ends',
    doc({ relations: [rel('suspends', 17, '2024-06-01', '2024-09-01')] }),
    '2024-09-01',
    { status: 'in_force', since: '2024-09-01', reason: { code: 'resumed', date: '2024-09-01', by: ref(17) } },
  ],
  [
    'suspended until further notice',
    doc({ relations: [rel('suspends', 17, '2024-06-01', null)] }),
    '2029-01-01',
    { status: 'suspended', since: '2024-06-01', reason: { code: 'suspended', date: '2024-06-01', by: ref(17) } },
  ],
  [
    'suspended, until absent',
    doc({ relations: [rel('suspends', 17, '2024-06-01')] }),
    '2024-07-01',
    { status: 'suspended', since: '2024-06-01', reason: { code: 'suspended', date: '2024-06-01', by: ref(17) } },
  ],
  [
    'suspended while partly repealed: suspended wins',
    doc({ relations: [rel('partially_repeals', 18, '2024-03-01'), rel('suspends', 17, '2024-06-01', null)] }),
    '2024-07-01',
    { status: 'suspended', since: '2024-06-01', reason: { code: 'suspended', date: '2024-06-01', by: ref(17) } },
  ],
  [
    'suspended, then replaced: replaced wins',
    doc({ relations: [rel('suspends', 17, '2024-06-01', null), rel('replaces', 15, '2024-10-01')] }),
    '2024-10-01',
    { status: 'replaced', since: '2024-10-01', reason: { code: 'replaced', date: '2024-10-01', by: ref(15) } },
  ],
  [
    'suspended, then past its expiry date: expired wins',
    doc({ expiresOn: '2024-12-01', relations: [rel('suspends', 17, '2024-06-01', null)] }),
    '2024-12-01',
    { status: 'expired', since: '2024-12-01', reason: { code: 'expiry_date', date: '2024-12-01' } },
  ],
  [
    'suspended before it came into force',
    doc({ relations: [rel('suspends', 17, '2024-01-15', '2024-03-01')] }),
    '2024-01-20',
    { status: 'suspended', since: '2024-01-15', reason: { code: 'suspended', date: '2024-01-15', until: '2024-03-01', by: ref(17) } },
  ],
  [
    'a suspension still ahead',
    doc({ relations: [rel('suspends', 17, '2024-06-01', '2024-09-01')] }),
    '2024-02-01',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
  ],

  // Partly repealed; amended.
  [
    'the day before a partial repeal acts',
    doc({ relations: [rel('partially_repeals', 18, '2024-05-01')] }),
    '2024-04-30',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
  ],
  [
    'on the day a partial repeal acts',
    doc({ relations: [rel('partially_repeals', 18, '2024-05-01')] }),
    '2024-05-01',
    { status: 'partially_expired', since: '2024-05-01', reason: { code: 'partially_repealed', date: '2024-05-01', by: ref(18) } },
  ],
  [
    'partly repealed twice: the first one started it',
    doc({ relations: [rel('partially_repeals', 19, '2024-08-01'), rel('partially_repeals', 18, '2024-05-01')] }),
    '2024-09-01',
    { status: 'partially_expired', since: '2024-05-01', reason: { code: 'partially_repealed', date: '2024-05-01', by: ref(18) } },
  ],
  [
    'partly repealed, then past its expiry date',
    doc({ expiresOn: '2025-01-01', relations: [rel('partially_repeals', 18, '2024-05-01')] }),
    '2025-01-01',
    { status: 'expired', since: '2025-01-01', reason: { code: 'expiry_date', date: '2025-01-01' } },
  ],
  [
    'partly repealed before it came into force (precedence over not yet in force)',
    doc({ relations: [rel('partially_repeals', 18, '2024-01-15')] }),
    '2024-01-20',
    { status: 'partially_expired', since: '2024-01-15', reason: { code: 'partially_repealed', date: '2024-01-15', by: ref(18) } },
  ],
  [
    'amended: still in force, since it came into force',
    doc({ relations: [rel('amends', 20, '2024-05-01')] }),
    '2024-05-01',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'amended', date: '2024-05-01', by: ref(20) } },
  ],
  [
    'an amendment still ahead',
    doc({ relations: [rel('amends', 20, '2024-05-01')] }),
    '2024-04-30',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
  ],
  [
    'amended twice: the latest amendment acting explains it',
    doc({ relations: [rel('amends', 20, '2024-05-01'), rel('amends', 21, '2024-09-01'), rel('amends', 22, '2025-01-01')] }),
    '2024-10-01',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'amended', date: '2024-09-01', by: ref(21) } },
  ],
  [
    'amended, day not recorded',
    doc({ relations: [rel('amends', 20, null)] }),
    '2024-02-01',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'amended', by: ref(20) } },
  ],
  [
    'amended while partly repealed: partly expired',
    doc({ relations: [rel('amends', 20, '2024-03-01'), rel('partially_repeals', 18, '2024-05-01')] }),
    '2024-06-01',
    { status: 'partially_expired', since: '2024-05-01', reason: { code: 'partially_repealed', date: '2024-05-01', by: ref(18) } },
  ],
  [
    'amended after a suspension ended: in force since it resumed',
    doc({ relations: [rel('suspends', 17, '2024-06-01', '2024-09-01'), rel('amends', 20, '2024-10-01')] }),
    '2024-11-01',
    { status: 'in_force', since: '2024-09-01', reason: { code: 'amended', date: '2024-10-01', by: ref(20) } },
  ],
  [
    'amended, not yet in force',
    doc({ relations: [rel('amends', 20, '2024-01-15')] }),
    '2024-01-20',
    { status: 'not_yet_effective', since: '2024-01-10', reason: { code: 'awaiting_effect', date: '2024-01-25' } },
  ],

  // Links without effect.
  [
    'guided and cited as a basis',
    doc({ relations: [rel('guides', 23, '2024-02-01'), rel('based_on', 24, '2024-03-01')] }),
    '2024-04-01',
    { status: 'in_force', since: '2024-01-25', reason: { code: 'effective', date: '2024-01-25' } },
  ],
  [
    'guided, not yet in force',
    doc({ relations: [rel('guides', 23, null)] }),
    '2024-01-20',
    { status: 'not_yet_effective', since: '2024-01-10', reason: { code: 'awaiting_effect', date: '2024-01-25' } },
  ],
];

describe('documentValidity', () => {
  it.each(ROWS)('should compute the status %s', (_name, input, today, expected) => {
    expect(documentValidity(input, today)).toEqual(expected);
  });

  it('should cover every status and every reason in the table above', () => {
    const statuses = new Set(ROWS.map((r) => r[3].status));
    const reasons = new Set(ROWS.map((r) => r[3].reason.code));
    expect([...statuses].sort()).toEqual([...VALIDITY_STATUSES].sort());
    const allReasons: ValidityReasonCode[] = [
      'effective',
      'amended',
      'resumed',
      'awaiting_effect',
      'expiry_date',
      'replaced',
      'repealed',
      'partially_repealed',
      'suspended',
    ];
    expect([...reasons].sort()).toEqual([...allReasons].sort());
  });

  it('should be in force on exactly the days from the effective date to the day before the expiry date', () => {
    const input = doc({ effectiveOn: '2024-02-27', expiresOn: '2024-03-03' });
    const days: string[] = [];
    for (let t = Date.UTC(2024, 1, 20); t <= Date.UTC(2024, 2, 10); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    const inForce = days.filter((day) => documentValidity(input, day).status === 'in_force');
    // 2024 is a leap year: 27, 28, 29 February, 1 and 2 March.
    expect(inForce).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
  });

  it('should treat a missing relations list as none', () => {
    const { relations: _none, ...input } = BASE;
    expect(documentValidity(input, '2024-02-01').status).toBe('in_force');
  });

  it.each<[string, ValidityInput, string]>([
    ['today not a day', doc(), '2024-13-01'],
    ['today as a timestamp', doc(), '2024-02-01T00:00:00Z'],
    ['an empty issue date', doc({ issuedOn: '' }), '2024-02-01'],
    ['an effective date written dd/mm/yyyy', doc({ effectiveOn: '25/01/2024' }), '2024-02-01'],
    ['an impossible expiry date', doc({ expiresOn: '2025-02-30' }), '2024-02-01'],
    ['a relation day written dd/mm/yyyy', doc({ relations: [rel('replaces', 15, '01/01/2025')] }), '2024-02-01'],
    ['a suspension end not a day', doc({ relations: [rel('suspends', 17, '2024-06-01', 'soon')] }), '2024-02-01'],
  ])('should throw a RangeError when given %s', (_name, input, today) => {
    expect(() => documentValidity(input, today)).toThrow(RangeError);
  });
});

describe('validity statuses', () => {
  it('should label every status in both languages, all distinct', () => {
    for (const lang of ['vi', 'en'] as const) {
      const labels = VALIDITY_STATUSES.map((s) => VALIDITY_STATUS_LABELS[s][lang]);
      expect(new Set(labels).size).toBe(VALIDITY_STATUSES.length);
    }
    expect(VALIDITY_STATUS_LABELS.partially_expired.vi).toBe('Hết hiệu lực một phần');
    expect(VALIDITY_STATUS_LABELS.expired.vi).toBe('Hết hiệu lực toàn bộ');
  });

  it('should count a document as applying only when in force or partly expired', () => {
    expect(IN_FORCE_STATUSES).toEqual(['in_force', 'partially_expired']);
  });
});

import { carryRows, recurringRows } from './recurring';

const W48 = '2026-W48'; // 23/11 – 29/11
const W49 = '2026-W49'; // 30/11 – 06/12

describe('recurring rows', () => {
  const before = {
    week: W48,
    rows: [
      { id: 'a', date: '2026-11-23', time: '07:30', activity: 'Giao ban đầu tuần' },
      { id: 'b', date: '2026-11-26', time: '07:30', activity: 'Tiếp công dân định kỳ' },
      { id: 'c', date: '2026-11-25', time: null, activity: 'Hội nghị trực tuyến' },
    ],
  };
  const last = {
    week: W49,
    rows: [
      { id: 'x', date: '2026-11-30', time: '07:30', activity: 'Giao ban  đầu tuần ' },
      { id: 'y', date: '2026-12-03', time: '07:30', activity: 'Tiếp công dân định kỳ' },
      { id: 'z', date: '2026-12-03', time: '14:00', activity: 'Tiếp công dân định kỳ' },
      { id: 'w', date: '2026-12-01', time: null, activity: 'Hội nghị trực tuyến' },
    ],
  };

  it('should take the rows repeated on the same weekday, time and activity (spacing and case aside)', () => {
    expect(recurringRows(last, before).map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('should take none without a week before to compare with', () => {
    expect(recurringRows(last, null)).toEqual([]);
  });

  it('should carry rows to the same weekdays of another week as new rows', () => {
    expect(carryRows(recurringRows(last, before), W49, '2026-W50')).toEqual([
      { date: '2026-12-07', time: '07:30', activity: 'Giao ban  đầu tuần ' },
      { date: '2026-12-10', time: '07:30', activity: 'Tiếp công dân định kỳ' },
    ]);
    // Across the year's end: Monday of 2027-W01 is 04/01/2027.
    expect(carryRows([{ date: '2026-12-28', activity: 'Họp' }], '2026-W53', '2027-W01')).toEqual([{ date: '2027-01-04', activity: 'Họp' }]);
    expect(carryRows([{ date: '2026-12-20', activity: 'Ngoài tuần' }], W49, '2026-W50')).toEqual([]);
  });
});

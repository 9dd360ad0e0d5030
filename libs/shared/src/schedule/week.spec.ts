import { currentWeek, isIsoWeek, isoWeekOf, scheduleTitle, shiftWeek, sortRows, weekDays, weekFromSlug, weekLabel, weeksInYear, weekSlug } from './week';

describe('ISO weeks', () => {
  it('should put each day in its ISO week, across year ends', () => {
    const cases: [string, string][] = [
      ['2026-12-07', '2026-W50'], // a Monday
      ['2026-12-06', '2026-W49'], // a Sunday ends the week
      ['2026-11-30', '2026-W49'],
      ['2027-01-01', '2026-W53'], // a Friday: the week of 31/12/2026 (a Thursday)
      ['2027-01-04', '2027-W01'],
      ['2024-12-30', '2025-W01'], // a Monday whose Thursday is in 2025
      ['2021-01-03', '2020-W53'],
      ['2025-01-01', '2025-W01'],
    ];
    for (const [day, week] of cases) expect([day, isoWeekOf(day)]).toEqual([day, week]);
  });

  it('should count 53 weeks only in years that start or end on a Thursday', () => {
    expect([2020, 2024, 2025, 2026, 2027, 2032].map(weeksInYear)).toEqual([53, 52, 52, 53, 52, 53]);
  });

  it('should accept only real weeks written YYYY-Www', () => {
    for (const ok of ['2026-W01', '2026-W49', '2026-W53', '2020-W53']) expect([ok, isIsoWeek(ok)]).toEqual([ok, true]);
    for (const bad of ['2025-W53', '2026-W00', '2026-W54', '2026-w49', '2026W49', '2026-W9', '', null, 202649])
      expect([bad, isIsoWeek(bad)]).toEqual([bad, false]);
  });

  it('should list a week Monday to Sunday and move by whole weeks', () => {
    expect(weekDays('2026-W49')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weekDays('2026-W53')[6]).toBe('2027-01-03');
    expect(shiftWeek('2026-W49', 1)).toBe('2026-W50');
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
  });

  it('should take this week as Vietnam counts it: Sunday 17:00 UTC is already Monday in Hà Nội', () => {
    expect(currentWeek(new Date('2026-12-06T16:59:00Z'))).toBe('2026-W49');
    expect(currentWeek(new Date('2026-12-06T17:00:00Z'))).toBe('2026-W50');
  });

  it('should write the address, label and title of a week', () => {
    expect(weekSlug('2026-W49')).toBe('2026-w49');
    expect(weekFromSlug('2026-w49')).toBe('2026-W49');
    expect(weekFromSlug('2025-w53')).toBeNull();
    expect(weekFromSlug('tuan-49')).toBeNull();
    expect(weekLabel('2026-W49')).toBe('Tuần 49 (30/11/2026 – 06/12/2026)');
    expect(weekLabel('2026-W49', 'en')).toBe('Week 49 (30/11/2026 – 06/12/2026)');
    expect(scheduleTitle('2026-W49')).toBe('Lịch công tác tuần 49 (30/11/2026 – 06/12/2026)');
  });

  it('should order rows by day, then time (untimed first), then as entered', () => {
    const rows = [
      { id: 'a', date: '2026-12-02', time: '14:00' },
      { id: 'b', date: '2026-12-01', time: null },
      { id: 'c', date: '2026-12-02', time: '07:30' },
      { id: 'd', date: '2026-12-01', time: '08:00' },
      { id: 'e', date: '2026-12-02', time: '07:30' },
    ];
    expect(sortRows(rows).map((r) => r.id)).toEqual(['b', 'd', 'c', 'e', 'a']);
  });
});

import { describe, expect, it } from 'vitest';
import { isFiltered, listQueryOf, listRequestOf, parseListQuery, type ListTab } from './useListQuery';
import { isoDayToVi, viDayToIso } from './listDates';

const TABS: ListTab[] = ['all', 'mine'];
const CAT = '3f0c2d9e-0000-4000-8000-000000000001';
const USER = '3f0c2d9e-0000-4000-8000-000000000002';

describe('parseListQuery', () => {
  it('should give the defaults when the query is empty', () => {
    expect(parseListQuery({}, TABS)).toEqual({
      tab: 'all',
      status: '',
      categoryId: '',
      fieldId: '',
      authorId: '',
      from: '',
      to: '',
      q: '',
      sort: 'updated',
      order: 'desc',
      page: 1,
    });
  });

  it('should read every filter, the sort and the page when they are valid', () => {
    const state = parseListQuery(
      {
        tab: 'mine',
        status: 'returned',
        category: CAT,
        field: CAT,
        author: USER,
        from: '2026-12-01',
        to: '2026-12-31',
        q: ' ha noi ',
        sort: 'title',
        page: '3',
      },
      TABS,
    );
    expect(state).toMatchObject({
      tab: 'mine',
      status: 'returned',
      categoryId: CAT,
      fieldId: CAT,
      authorId: USER,
      from: '2026-12-01',
      to: '2026-12-31',
      q: 'ha noi',
      sort: 'title',
      order: 'asc',
      page: 3,
    });
  });

  it('should ignore invalid values when someone edits the URL by hand', () => {
    const state = parseListQuery(
      {
        tab: 'queue',
        status: 'lost',
        category: 'abc',
        author: "1' OR 1=1",
        from: '2026-02-30',
        to: '31/12/2026',
        sort: 'random',
        order: 'sideways',
        page: '-2',
      },
      TABS,
    );
    expect(state).toMatchObject({ tab: 'all', status: '', categoryId: '', authorId: '', from: '', to: '', sort: 'updated', order: 'desc', page: 1 });
    expect(parseListQuery({ page: '2.5' }, TABS).page).toBe(1);
    expect(parseListQuery({ page: 'x' }, TABS).page).toBe(1);
  });

  it('should not give a tab the user does not have when the URL asks for it', () => {
    expect(parseListQuery({ tab: 'all' }, ['mine']).tab).toBe('mine');
  });
});

describe('listQueryOf', () => {
  it('should leave the defaults out of the URL and round-trip the rest when a state is shared', () => {
    expect(listQueryOf(parseListQuery({}, TABS), TABS)).toEqual({});
    const query = { tab: 'mine', status: 'draft', category: CAT, from: '2026-12-01', q: 'lũ', sort: 'title', order: 'desc', page: '2' };
    expect(listQueryOf(parseListQuery(query, TABS), TABS)).toEqual(query);
  });
});

describe('listRequestOf', () => {
  it('should send the API every filter under its own name', () => {
    const state = parseListQuery({ status: 'submitted', category: CAT, author: USER, from: '2026-12-01', to: '2026-12-31', q: 'đường' }, TABS);
    expect(listRequestOf(state, 20, { categories: true })).toEqual({
      page: 1,
      pageSize: 20,
      status: 'submitted',
      categoryId: CAT,
      authorId: USER,
      updatedFrom: '2026-12-01',
      updatedTo: '2026-12-31',
      q: 'đường',
      sort: 'updated',
      order: 'desc',
    });
  });

  it('should drop the category for a type without one and the author on "mine"', () => {
    const state = parseListQuery({ tab: 'mine', category: CAT, author: USER }, TABS);
    const req = listRequestOf(state, 20, { categories: false });
    expect(req).toMatchObject({ mine: 1 });
    expect(req).not.toHaveProperty('categoryId');
    expect(req).not.toHaveProperty('authorId');
  });

  it('should tell a filtered list from a plain one', () => {
    expect(isFiltered(parseListQuery({ sort: 'title', page: '2' }, TABS))).toBe(false);
    expect(isFiltered(parseListQuery({ q: 'x' }, TABS))).toBe(true);
  });
});

describe('list dates', () => {
  it('should read day-first Vietnamese dates and refuse impossible ones', () => {
    expect(viDayToIso('05/12/2026')).toBe('2026-12-05');
    expect(viDayToIso('5/1/2026')).toBe('2026-01-05');
    expect(viDayToIso('')).toBe('');
    expect(viDayToIso('31/02/2026')).toBeNull();
    expect(viDayToIso('2026-12-05')).toBeNull();
    expect(viDayToIso('12/31/2026')).toBeNull();
    expect(isoDayToVi('2026-12-05')).toBe('05/12/2026');
  });
});

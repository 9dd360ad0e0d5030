import { describe, expect, it } from 'vitest';
import type { MemberResponse } from '@congxa/shared/dto/members';
import { filterMembers, membersQueryOf, pageOf, parseMembersQuery } from './memberQuery';

const m = (fullName: string, email: string, role: MemberResponse['role']): MemberResponse => ({
  id: email,
  userId: email,
  email,
  fullName,
  role,
  isStaff: false,
  activated: true,
  fields: [],
  revision: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('members URL query', () => {
  it('should read search, role and page and ignore what it does not know', () => {
    expect(parseMembersQuery({ q: 'lan', role: 'editor', page: '3' })).toEqual({ q: 'lan', role: 'editor', page: 3 });
    expect(parseMembersQuery({ role: 'boss', page: '-2' })).toEqual({ q: '', role: null, page: 1 });
    expect(parseMembersQuery({ q: ['a', 'b'], page: 'x' })).toEqual({ q: 'a', role: null, page: 1 });
  });

  it('should leave defaults out of the address and round-trip the rest', () => {
    expect(membersQueryOf({ q: ' ', role: null, page: 1 })).toEqual({});
    const state = { q: 'Đức', role: 'deputy' as const, page: 2 };
    expect(parseMembersQuery(membersQueryOf(state) as Record<string, string>)).toEqual(state);
  });
});

describe('filterMembers', () => {
  const list = [m('Nguyễn Văn Đức', 'duc@xa.vn', 'chief'), m('Trần Thị Lan', 'lan@xa.vn', 'editor'), m('Lê Lan Anh', 'anh@gmail.com', 'contributor')];

  it('should find names without tone marks and by email', () => {
    expect(filterMembers(list, { q: 'duc', role: null }).map((x) => x.email)).toEqual(['duc@xa.vn']);
    expect(filterMembers(list, { q: 'gmail', role: null }).map((x) => x.email)).toEqual(['anh@gmail.com']);
    expect(filterMembers(list, { q: 'lan', role: null })).toHaveLength(2);
  });

  it('should combine the words and the role', () => {
    expect(filterMembers(list, { q: 'lan', role: 'editor' }).map((x) => x.email)).toEqual(['lan@xa.vn']);
    expect(filterMembers(list, { q: 'thi lan', role: null }).map((x) => x.email)).toEqual(['lan@xa.vn']);
  });
});

describe('pageOf', () => {
  it('should clamp the page into range', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 3)).toEqual({ items: [40, 41, 42, 43, 44], page: 3, pages: 3 });
    expect(pageOf(items, 9).page).toBe(3);
    expect(pageOf([], 2)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

import { isSiteRole, type SiteRole } from '@congxa/shared/authz';
import type { MemberResponse } from '@congxa/shared/dto/members';
import { foldVietnamese } from '@congxa/shared/text';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

export const MEMBERS_PAGE_SIZE = 20;

/** The member list's state in its URL: `?q=&role=&page=`. */
export interface MembersQuery {
  q: string;
  role: SiteRole | null;
  page: number;
}

const first = (value: LocationQuery[string] | undefined): string | null => {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : null;
};

export function parseMembersQuery(query: LocationQuery): MembersQuery {
  const role = first(query.role);
  const page = Number(first(query.page));
  return { q: (first(query.q) ?? '').slice(0, 200), role: isSiteRole(role) ? role : null, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** The URL query for a state: defaults are left out, so the plain list has a plain address. */
export function membersQueryOf(state: MembersQuery): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.q.trim()) query.q = state.q.trim();
  if (state.role) query.role = state.role;
  if (state.page > 1) query.page = String(state.page);
  return query;
}

/** Members whose name or e-mail contains the search words (without tone marks: "nguyen" finds "Nguyễn"), of the role. */
export function filterMembers(members: readonly MemberResponse[], state: Pick<MembersQuery, 'q' | 'role'>): MemberResponse[] {
  const words = foldVietnamese(state.q).split(/\s+/).filter(Boolean);
  return members.filter((m) => {
    if (state.role && m.role !== state.role) return false;
    const haystack = foldVietnamese(`${m.fullName} ${m.email}`);
    return words.every((w) => haystack.includes(w));
  });
}

export function pageOf<T>(items: readonly T[], page: number, size = MEMBERS_PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

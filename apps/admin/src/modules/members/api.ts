import { MAX_PAGE_SIZE, type Page } from '@congxa/shared/dto/common';
import type { InviteMemberRequest, MemberResponse, ResendInvitationResponse, UpdateMemberRequest } from '@congxa/shared/dto/members';
import { http } from '../../core/http';
import { listOutbox } from '../outbox/api';

const base = (site: string) => `/sites/${encodeURIComponent(site)}/members`;

/**
 * GET /sites/:site/members, every page (`member.read`). A commune's board is a few dozen people: the
 * screen searches and filters them itself (the API has no search on this list).
 */
export async function listAllMembers(site: string, signal?: AbortSignal): Promise<MemberResponse[]> {
  const all: MemberResponse[] = [];
  for (let page = 1; ; page++) {
    const answer = await http<Page<MemberResponse>>(base(site), { query: { page, pageSize: MAX_PAGE_SIZE }, signal });
    all.push(...answer.items);
    if (answer.items.length === 0 || all.length >= answer.total) return all;
  }
}

/** How many members the site has (one small request). */
export async function countMembers(site: string, signal?: AbortSignal): Promise<number> {
  return (await http<Page<MemberResponse>>(base(site), { query: { page: 1, pageSize: 1 }, signal })).total;
}

/** POST /sites/:site/members — adds the person and mails an invitation through the outbox (`member.invite`). */
export function inviteMember(site: string, body: InviteMemberRequest): Promise<MemberResponse> {
  return http<MemberResponse>(base(site), { method: 'POST', body });
}

/** PATCH /sites/:site/members/:id — role, fields, staff flag; a stale revision answers 409 REVISION_CONFLICT. */
export function updateMember(site: string, id: string, body: UpdateMemberRequest): Promise<MemberResponse> {
  return http<MemberResponse>(`${base(site)}/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

/** DELETE /sites/:site/members/:id — ends the person's sessions; 409 LAST_CHIEF for the last chief. */
export function removeMember(site: string, id: string): Promise<void> {
  return http<void>(`${base(site)}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** POST /sites/:site/members/:id/invitation — a new set-password link; 409 ACCOUNT_ALREADY_ACTIVE once they have one. */
export function resendInvitation(site: string, id: string): Promise<ResendInvitationResponse> {
  return http<ResendInvitationResponse>(`${base(site)}/${encodeURIComponent(id)}/invitation`, { method: 'POST' });
}

/**
 * Is a mail to `email` held in the site's outbox (no mail server configured)? Then the invitation link
 * is only there, and the screen says so. Null when the outbox cannot be read.
 */
export async function invitationHeld(site: string, email: string): Promise<boolean | null> {
  try {
    const page = await listOutbox(site, { status: 'held', pageSize: 20 });
    const wanted = email.trim().toLowerCase();
    return page.items.some((m) => m.to.toLowerCase() === wanted);
  } catch {
    return null;
  }
}

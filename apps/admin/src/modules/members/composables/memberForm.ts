import { fieldsRequired, type SiteRole } from '@congxa/shared/authz';
import type { InviteMemberRequest, MemberResponse, UpdateMemberRequest } from '@congxa/shared/dto/members';

/** What the invite dialog holds while the user types. */
export interface InviteForm {
  email: string;
  fullName: string;
  role: SiteRole | null;
  fieldIds: string[];
  isStaff: boolean;
}

export type InviteField = 'email' | 'fullName' | 'role' | 'fieldIds';
/** The form's own checks, by the i18n key of their message under `members.form.errors`. */
export type InviteProblem = 'emailRequired' | 'emailInvalid' | 'nameTooShort' | 'nameTooLong' | 'roleRequired' | 'fieldRequired';

export const emptyInviteForm = (role: SiteRole | null = null): InviteForm => ({ email: '', fullName: '', role, fieldIds: [], isStaff: false });

/** The same limits as the DTO (InviteMemberRequest): 2–200 characters of name, an address with an @ and a dot. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkInvite(form: InviteForm): Partial<Record<InviteField, InviteProblem>> {
  const problems: Partial<Record<InviteField, InviteProblem>> = {};
  const email = form.email.trim();
  if (!email) problems.email = 'emailRequired';
  else if (!EMAIL.test(email) || email.length > 254) problems.email = 'emailInvalid';
  const name = form.fullName.trim();
  if (name.length < 2) problems.fullName = 'nameTooShort';
  else if (name.length > 200) problems.fullName = 'nameTooLong';
  if (!form.role) problems.role = 'roleRequired';
  else if (fieldsRequired(form.role) && form.fieldIds.length === 0) problems.fieldIds = 'fieldRequired';
  return problems;
}

export function toInviteRequest(form: InviteForm & { role: SiteRole }): InviteMemberRequest {
  return {
    email: form.email.trim(),
    fullName: form.fullName.trim().replace(/\s+/g, ' '),
    role: form.role,
    isStaff: form.isStaff,
    fieldIds: [...form.fieldIds],
  };
}

/** What the edit dialog holds. */
export interface EditForm {
  role: SiteRole;
  fieldIds: string[];
  isStaff: boolean;
}

export const editFormOf = (m: MemberResponse): EditForm => ({ role: m.role, fieldIds: m.fields.map((f) => f.id), isStaff: m.isStaff });

export function checkEdit(form: EditForm): Partial<Record<'fieldIds', InviteProblem>> {
  return fieldsRequired(form.role) && form.fieldIds.length === 0 ? { fieldIds: 'fieldRequired' } : {};
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The PATCH for what changed, with the revision the dialog was opened on (a stale one answers 409), or
 * null when nothing changed.
 */
export function toUpdateRequest(member: MemberResponse, form: EditForm): UpdateMemberRequest | null {
  const request: UpdateMemberRequest = { revision: member.revision };
  if (form.role !== member.role) request.role = form.role;
  if (form.isStaff !== member.isStaff) request.isStaff = form.isStaff;
  const before = member.fields.map((f) => f.id);
  if (!sameSet(before, form.fieldIds)) request.fieldIds = [...form.fieldIds];
  return Object.keys(request).length > 1 ? request : null;
}

/** Whether the person has set a password ('pending': the invitation can be resent). */
export type Activation = 'active' | 'pending';

export function activationOf(member: MemberResponse): Activation {
  return member.activated ? 'active' : 'pending';
}

/** API refusals that concern one field of the member form: the message is shown beside that field. */
const CODE_FIELDS: Partial<Record<string, 'email' | 'role' | 'fieldIds'>> = {
  ALREADY_MEMBER: 'email',
  ROLE_NOT_ASSIGNABLE: 'role',
  EDITOR_NEEDS_FIELD: 'fieldIds',
  FIELD_NOT_FOUND: 'fieldIds',
};

export function fieldOfCode(code: string): 'email' | 'role' | 'fieldIds' | null {
  return CODE_FIELDS[code] ?? null;
}

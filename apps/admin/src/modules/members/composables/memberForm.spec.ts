import { describe, expect, it } from 'vitest';
import type { MemberResponse } from '@congxa/shared/dto/members';
import { activationOf, checkEdit, checkInvite, editFormOf, emptyInviteForm, fieldOfCode, toInviteRequest, toUpdateRequest } from './memberForm';

const member = (overrides: Partial<MemberResponse> = {}): MemberResponse => ({
  id: 'm1',
  userId: 'u1',
  email: 'lan@xa.vn',
  fullName: 'Nguyễn Thị Lan',
  role: 'editor',
  isStaff: true,
  activated: true,
  fields: [{ id: 'f1', name: 'Giáo dục' }],
  revision: 3,
  createdAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:04:05.000Z',
  ...overrides,
});

describe('checkInvite', () => {
  it('should name every missing entry of an empty form', () => {
    expect(checkInvite(emptyInviteForm())).toEqual({ email: 'emailRequired', fullName: 'nameTooShort', role: 'roleRequired' });
  });

  it('should refuse an address without a domain and an editor without a field', () => {
    expect(checkInvite({ ...emptyInviteForm('editor'), email: 'lan@', fullName: 'Lan' })).toEqual({ email: 'emailInvalid', fieldIds: 'fieldRequired' });
  });

  it('should accept a contributor without fields', () => {
    expect(checkInvite({ ...emptyInviteForm('contributor'), email: ' lan@xa.vn ', fullName: 'Lan' })).toEqual({});
  });
});

describe('toInviteRequest', () => {
  it('should trim the email and the name and carry role, fields and staff flag', () => {
    expect(toInviteRequest({ email: ' lan@xa.vn ', fullName: '  Nguyễn   Thị Lan ', role: 'editor', fieldIds: ['f1'], isStaff: true })).toEqual({
      email: 'lan@xa.vn',
      fullName: 'Nguyễn Thị Lan',
      role: 'editor',
      fieldIds: ['f1'],
      isStaff: true,
    });
  });
});

describe('toUpdateRequest', () => {
  it('should send nothing when nothing changed, whatever the order of the fields', () => {
    const m = member({
      fields: [
        { id: 'f1', name: 'A' },
        { id: 'f2', name: 'B' },
      ],
    });
    expect(toUpdateRequest(m, { ...editFormOf(m), fieldIds: ['f2', 'f1'] })).toBeNull();
  });

  it('should send the revision and only what changed', () => {
    const m = member();
    expect(toUpdateRequest(m, { role: 'deputy', fieldIds: ['f1'], isStaff: true })).toEqual({ revision: 3, role: 'deputy' });
    expect(toUpdateRequest(m, { role: 'editor', fieldIds: ['f1', 'f2'], isStaff: false })).toEqual({ revision: 3, isStaff: false, fieldIds: ['f1', 'f2'] });
  });

  it('should require a field for an editor', () => {
    expect(checkEdit({ role: 'editor', fieldIds: [], isStaff: false })).toEqual({ fieldIds: 'fieldRequired' });
    expect(checkEdit({ role: 'deputy', fieldIds: [], isStaff: false })).toEqual({});
  });
});

describe('fieldOfCode and activationOf', () => {
  it('should put the API refusals that concern one entry beside it', () => {
    expect(fieldOfCode('ALREADY_MEMBER')).toBe('email');
    expect(fieldOfCode('EDITOR_NEEDS_FIELD')).toBe('fieldIds');
    expect(fieldOfCode('ROLE_NOT_ASSIGNABLE')).toBe('role');
    expect(fieldOfCode('LAST_CHIEF')).toBeNull();
  });

  it('should tell an activated account from a pending invitation', () => {
    expect(activationOf(member({ activated: false }))).toBe('pending');
    expect(activationOf(member({ activated: true }))).toBe('active');
  });
});

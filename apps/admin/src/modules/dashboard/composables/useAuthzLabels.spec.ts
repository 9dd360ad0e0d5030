import { describe, expect, it } from 'vitest';
import type { Permission } from '@congxa/shared/authz';
import { permissionLabel, roleLabel } from './useAuthzLabels';

describe('authz labels', () => {
  it('should name roles in Vietnamese when the UI is Vietnamese', () => {
    expect(roleLabel('chief', 'vi')).toBe('Trưởng ban biên tập');
    expect(roleLabel('contributor', 'vi')).toBe('Cộng tác viên');
  });

  it('should name roles and permissions in English when the UI is English', () => {
    expect(roleLabel('chief', 'en')).toBe('Editor-in-chief');
    expect(permissionLabel('member.invite', 'en')).toBe('Add members');
  });

  it('should show the raw name when the API sends a permission this build does not know', () => {
    expect(permissionLabel('article.publish' as Permission, 'vi')).toBe('article.publish');
  });
});

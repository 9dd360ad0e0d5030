import { describe, expect, it } from 'vitest';
import type { FieldResponse } from '@congxa/shared/dto/fields';
import { canDeleteField, checkFieldName, cleanFieldName, filterFields, toRenameRequest } from './fieldForm';

const field = (name: string, memberCount = 0): FieldResponse => ({ id: name, name, slug: name.toLowerCase().replace(/\s+/g, '-'), memberCount, revision: 2 });

describe('field form', () => {
  it('should squeeze spaces and check the DTO limits', () => {
    expect(cleanFieldName('  Văn hóa   Xã hội ')).toBe('Văn hóa Xã hội');
    expect(checkFieldName(' a ')).toBe('tooShort');
    expect(checkFieldName('x'.repeat(121))).toBe('tooLong');
    expect(checkFieldName('Y tế')).toBeNull();
  });

  it('should send the revision with a changed name and nothing for the same name', () => {
    expect(toRenameRequest(field('Y tế'), ' Y  tế ')).toBeNull();
    expect(toRenameRequest(field('Y tế'), 'Y tế – Dân số')).toEqual({ revision: 2, name: 'Y tế – Dân số' });
  });

  it('should find fields without tone marks', () => {
    expect(filterFields([field('Giáo dục'), field('Y tế')], 'giao duc').map((f) => f.name)).toEqual(['Giáo dục']);
  });

  it('should allow deleting only a field nobody looks after', () => {
    expect(canDeleteField(field('A'))).toBe(true);
    expect(canDeleteField(field('A', 2))).toBe(false);
  });
});

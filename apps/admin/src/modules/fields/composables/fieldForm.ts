import type { FieldResponse, UpdateFieldRequest } from '@congxa/shared/dto/fields';
import { foldVietnamese } from '@congxa/shared/text';

/** The DTO's limits (CreateFieldRequest): 2–120 characters. */
export const FIELD_NAME_MIN = 2;
export const FIELD_NAME_MAX = 120;

/** Spaces squeezed the way people mean them: "  Văn hóa   Xã hội " → "Văn hóa Xã hội". */
export const cleanFieldName = (name: string): string => name.trim().replace(/\s+/g, ' ');

export function checkFieldName(name: string): 'tooShort' | 'tooLong' | null {
  const clean = cleanFieldName(name);
  if (clean.length < FIELD_NAME_MIN) return 'tooShort';
  if (clean.length > FIELD_NAME_MAX) return 'tooLong';
  return null;
}

/** The rename PATCH, or null when the name did not change. */
export function toRenameRequest(field: FieldResponse, name: string): UpdateFieldRequest | null {
  const clean = cleanFieldName(name);
  return clean === field.name ? null : { revision: field.revision, name: clean };
}

export function filterFields(fields: readonly FieldResponse[], q: string): FieldResponse[] {
  const words = foldVietnamese(q).split(/\s+/).filter(Boolean);
  return fields.filter((f) => {
    const key = foldVietnamese(`${f.name} ${f.slug}`);
    return words.every((w) => key.includes(w));
  });
}

/** A field can be deleted only when nobody looks after it (the API answers 409 FIELD_IN_USE otherwise). */
export const canDeleteField = (field: FieldResponse): boolean => field.memberCount === 0;

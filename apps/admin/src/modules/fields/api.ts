import type { Page } from '@congxa/shared/dto/common';
import type { CreateFieldRequest, FieldResponse, UpdateFieldRequest } from '@congxa/shared/dto/fields';
import { http } from '../../core/http';

const base = (site: string) => `/sites/${encodeURIComponent(site)}/fields`;

/** GET /sites/:site/fields — every field of the site, sorted the Vietnamese way (`field.read`). */
export async function listFields(site: string, signal?: AbortSignal): Promise<FieldResponse[]> {
  return (await http<Page<FieldResponse>>(base(site), { signal })).items;
}

/** POST /sites/:site/fields (`field.manage`); 409 NAME_TAKEN when the name is taken. */
export function createField(site: string, body: CreateFieldRequest): Promise<FieldResponse> {
  return http<FieldResponse>(base(site), { method: 'POST', body });
}

/** PATCH /sites/:site/fields/:id — rename; a stale revision answers 409 REVISION_CONFLICT. */
export function updateField(site: string, id: string, body: UpdateFieldRequest): Promise<FieldResponse> {
  return http<FieldResponse>(`${base(site)}/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

/** DELETE /sites/:site/fields/:id — refused with 409 FIELD_IN_USE while members hold it. */
export function deleteField(site: string, id: string): Promise<void> {
  return http<void>(`${base(site)}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

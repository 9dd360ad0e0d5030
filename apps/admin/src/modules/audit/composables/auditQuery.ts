import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { isIsoDay } from '../../../core/dates';
import type { AuditFilterParams } from '../api';

/**
 * What the log shows, as kept in its URL: `?actor=&action=&type=&item=&from=&to=&page=` (days as
 * `YYYY-MM-DD`, shown dd/mm/yyyy). Anything unusable in a shared link is dropped.
 */
export interface AuditState {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 25;
const MAX_PAGE = 100_000;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An action name or a group of them (`article`, `category.update`, `site.settings_update`). */
const ACTION = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/;
const TARGET_TYPE = /^[a-z][a-z0-9_]*$/;

export const EMPTY_AUDIT_STATE: AuditState = { actorId: '', action: '', targetType: '', targetId: '', from: '', to: '', page: 1 };

const first = (value: unknown): string => {
  const v = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof v === 'string' ? v.trim() : '';
};
const matching = (value: string, pattern: RegExp, max = 80) => (value.length <= max && pattern.test(value) ? value : '');

export function parseAuditQuery(query: LocationQuery | LocationQueryRaw): AuditState {
  const page = first(query.page);
  const from = first(query.from);
  const to = first(query.to);
  return {
    actorId: matching(first(query.actor), UUID),
    action: matching(first(query.action), ACTION),
    targetType: matching(first(query.type), TARGET_TYPE),
    targetId: matching(first(query.item), UUID),
    from: isIsoDay(from) ? from : '',
    to: isIsoDay(to) ? to : '',
    page: /^\d+$/.test(page) && Number(page) >= 1 && Number(page) <= MAX_PAGE ? Number(page) : 1,
  };
}

/** The URL query of a state, empty filters and page 1 left out. */
export function auditQueryOf(state: AuditState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.actorId) query.actor = state.actorId;
  if (state.action) query.action = state.action;
  if (state.targetType) query.type = state.targetType;
  if (state.targetId) query.item = state.targetId;
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  if (state.page > 1) query.page = String(state.page);
  return query;
}

/** The API's filters for a state (the same for the list and the CSV export). */
export function auditFiltersOf(state: AuditState): AuditFilterParams {
  const params: AuditFilterParams = {};
  if (state.actorId) params.actorId = state.actorId;
  if (state.action) params.action = state.action;
  if (state.targetType) params.targetType = state.targetType;
  if (state.targetId) params.targetId = state.targetId;
  if (state.from) params.from = state.from;
  if (state.to) params.to = state.to;
  return params;
}

export function isAuditFiltered(state: AuditState): boolean {
  return Object.keys(auditFiltersOf(state)).length > 0;
}

export function auditPageCount(total: number, pageSize = AUDIT_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

import { describe, expect, it } from 'vitest';
import { auditFiltersOf, auditPageCount, auditQueryOf, isAuditFiltered, parseAuditQuery } from './auditQuery';

const ACTOR = '7d0c13a3-111a-4b2c-8d9e-0a4f9e1b1f24';
const ITEM = '0a4f9e1b-1f24-4d0c-93a3-111a7d0c13a3';

describe('parseAuditQuery', () => {
  it('should read every filter and the page from the URL', () => {
    expect(parseAuditQuery({ actor: ACTOR, action: 'article.submit', type: 'article', item: ITEM, from: '2026-01-01', to: '2026-12-31', page: '3' })).toEqual({
      actorId: ACTOR,
      action: 'article.submit',
      targetType: 'article',
      targetId: ITEM,
      from: '2026-01-01',
      to: '2026-12-31',
      page: 3,
    });
  });

  it('should drop what a shared link may carry that the API would refuse', () => {
    expect(parseAuditQuery({ actor: 'me', action: "x' OR 1", type: 'Article!', item: '42', from: '2026-02-30', to: '31/12/2026', page: '-1' })).toEqual({
      actorId: '',
      action: '',
      targetType: '',
      targetId: '',
      from: '',
      to: '',
      page: 1,
    });
  });

  it('should accept a group of actions', () => {
    expect(parseAuditQuery({ action: 'category' }).action).toBe('category');
  });
});

describe('auditQueryOf', () => {
  it('should give back the same URL it was read from, without empty filters or page 1', () => {
    const query = { actor: ACTOR, action: 'site.settings_update', from: '2026-01-01', page: '2' };
    expect(auditQueryOf(parseAuditQuery(query))).toEqual(query);
    expect(auditQueryOf(parseAuditQuery({}))).toEqual({});
  });
});

describe('auditFiltersOf', () => {
  it('should send the API the filters that are set, under its own names', () => {
    const state = parseAuditQuery({ actor: ACTOR, type: 'page', item: ITEM, to: '2026-12-31', page: '4' });
    expect(auditFiltersOf(state)).toEqual({ actorId: ACTOR, targetType: 'page', targetId: ITEM, to: '2026-12-31' });
    expect(isAuditFiltered(state)).toBe(true);
    expect(isAuditFiltered(parseAuditQuery({ page: '2' }))).toBe(false);
  });
});

describe('auditPageCount', () => {
  it('should count at least one page', () => {
    expect(auditPageCount(0)).toBe(1);
    expect(auditPageCount(26, 25)).toBe(2);
  });
});

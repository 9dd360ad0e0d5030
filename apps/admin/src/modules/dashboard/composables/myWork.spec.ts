import { describe, expect, it } from 'vitest';
import type { Permission, SiteRole } from '@congxa/shared/authz';
import type { ItemSummaryResponse, QueueItem } from '@congxa/shared/dto/content';
import type { PolicyActor } from '@congxa/shared/workflow';
import { sampleEnvelope } from '../../content/testing';
import { activityEntries } from './activity';
import { daysWaiting, workSections, workSources } from './myWork';

const NOW = new Date('2026-12-10T03:00:00Z');
const AUTHOR: Permission[] = ['content.read', 'content.create', 'content.update', 'content.transition', 'content.submit'];
const BOARD: Permission[] = [...AUTHOR, 'content.read_all', 'content.assign', 'content.forward'];

const actor = (role: SiteRole, permissions: Permission[]): PolicyActor => ({ kind: 'user', userId: 'u1', role, permissions: new Set(permissions) });

function summary(id: string, overrides: Partial<ItemSummaryResponse> = {}): ItemSummaryResponse {
  const {
    noSecretConfirmed: _a,
    publishAt: _b,
    unpublishAt: _c,
    publishedAt: _d,
    approvedBy: _e,
    approvedAt: _f,
    actions: _g,
    canEdit: _h,
    opensEdition: _i,
    lastNote: _j,
    createdAt: _k,
    ...rest
  } = sampleEnvelope({ id, title: id });
  return { ...rest, ...overrides };
}
const queued = (id: string, reason: QueueItem['reason'], overrides: Partial<ItemSummaryResponse> = {}): QueueItem => ({ ...summary(id, overrides), reason });
const keys = (sections: { key: string }[]) => sections.map((s) => s.key);
const ids = (sections: { key: string; items: { id: string }[] }[], key: string) => sections.find((s) => s.key === key)?.items.map((i) => i.id);

describe('workSections', () => {
  it('should give a contributor their returned items, drafts and submitted items, oldest first', () => {
    const sections = workSections(
      actor('contributor', AUTHOR),
      {
        queue: [
          queued('d-new', 'mine', { editionStatus: 'draft', status: 'draft', updatedAt: '2026-12-09T00:00:00Z' }),
          queued('d-old', 'mine', { editionStatus: 'draft', status: 'draft', updatedAt: '2026-12-01T00:00:00Z' }),
          queued('r1', 'mine', { editionStatus: 'returned', status: 'returned' }),
        ],
        submitted: [
          summary('s2', { status: 'in_review', updatedAt: '2026-12-08T00:00:00Z' }),
          summary('s1', { status: 'submitted', submittedAt: '2026-12-02T00:00:00Z', updatedAt: '2026-12-02T00:00:00Z' }),
        ],
      },
      NOW,
    );
    expect(keys(sections)).toEqual(['returned', 'drafts', 'submitted']);
    expect(ids(sections, 'drafts')).toEqual(['d-old', 'd-new']);
    expect(ids(sections, 'returned')).toEqual(['r1']);
    expect(ids(sections, 'submitted')).toEqual(['s1', 's2']);
  });

  it('should keep a contributor’s empty lists, so the dashboard can say there is nothing', () => {
    expect(keys(workSections(actor('contributor', AUTHOR), { queue: [] }, NOW))).toEqual(['returned', 'drafts', 'submitted']);
  });

  it('should put staff of the field first in the deputy’s intake, then the oldest, when both wait', () => {
    const sections = workSections(
      actor('deputy', BOARD),
      {
        queue: [
          queued('old', 'intake', { status: 'submitted', submittedAt: '2026-12-01T00:00:00Z' }),
          queued('staff-new', 'intake', { status: 'submitted', submittedAt: '2026-12-09T00:00:00Z', priority: true }),
          queued('staff-old', 'intake', { status: 'submitted', submittedAt: '2026-12-05T00:00:00Z', priority: true }),
          queued('v1', 'forward', { status: 'verified', updatedAt: '2026-12-09T00:00:00Z' }),
        ],
        inReview: [
          summary('late-review', { status: 'in_review', updatedAt: '2026-12-02T00:00:00Z' }),
          summary('fresh-review', { status: 'in_review', updatedAt: '2026-12-09T00:00:00Z' }),
        ],
      },
      NOW,
    );
    expect(keys(sections)).toEqual(['intake', 'forward', 'overdue']);
    expect(ids(sections, 'intake')).toEqual(['staff-old', 'staff-new', 'old']);
    expect(ids(sections, 'forward')).toEqual(['v1']);
    // Waiting three days or more at intake, review or forwarding; the oldest first.
    expect(ids(sections, 'overdue')).toEqual(['old', 'late-review', 'staff-old']);
  });

  it('should give an editor the items assigned to them and their own writing only when there is some', () => {
    const editor = actor('editor', [...AUTHOR, 'content.verify']);
    expect(keys(workSections(editor, { queue: [queued('a1', 'review', { status: 'in_review' })] }, NOW))).toEqual(['review']);
    const writing = workSections(editor, { queue: [queued('d1', 'mine', { editionStatus: 'draft', status: 'draft' })] }, NOW);
    expect(keys(writing)).toEqual(['review', 'drafts']);
  });

  it('should give the chief approval, scheduled and recently published (newest first)', () => {
    const chief = actor('chief', [...BOARD, 'content.approve']);
    const sections = workSections(
      chief,
      {
        queue: [queued('p1', 'approve', { status: 'pending_approval' })],
        scheduled: [summary('sch', { status: 'scheduled' })],
        published: [
          summary('pub-old', { status: 'published', updatedAt: '2026-12-01T00:00:00Z' }),
          summary('pub-new', { status: 'published', updatedAt: '2026-12-09T00:00:00Z' }),
        ],
      },
      NOW,
    );
    expect(keys(sections)).toEqual(['approve', 'scheduled', 'published']);
    expect(ids(sections, 'published')).toEqual(['pub-new', 'pub-old']);
  });

  it('should ask for the extra lists each role needs', () => {
    expect(workSources(actor('contributor', AUTHOR))).toEqual({ submitted: true, inReview: false, scheduled: false, published: false });
    expect(workSources(actor('deputy', BOARD))).toMatchObject({ inReview: true, scheduled: false });
    expect(workSources(actor('chief', [...BOARD, 'content.approve']))).toMatchObject({ inReview: false, scheduled: true, published: true });
  });

  it('should count whole days of waiting from the submission for a submitted item', () => {
    expect(daysWaiting(summary('x', { status: 'submitted', submittedAt: '2026-12-07T02:00:00Z', updatedAt: '2026-12-09T00:00:00Z' }), NOW)).toBe(3);
  });
});

describe('activityEntries', () => {
  it('should keep the workflow moves on items and leave the rest to the audit page', () => {
    const entries = activityEntries([
      {
        id: '1',
        action: 'article.approve',
        actor: { id: 'u', fullName: 'Trần B', email: 'b@x' },
        targetType: 'article',
        targetId: 'a1',
        clientAddress: null,
        details: {},
        createdAt: '2026-12-05T03:32:00Z',
      },
      {
        id: '2',
        action: 'member.invite',
        actor: null,
        targetType: 'member',
        targetId: 'm1',
        clientAddress: null,
        details: {},
        createdAt: '2026-12-05T03:00:00Z',
      },
      {
        id: '3',
        action: 'page.publish_scheduled',
        actor: null,
        targetType: 'page',
        targetId: 'p1',
        clientAddress: null,
        details: {},
        createdAt: '2026-12-05T02:00:00Z',
      },
    ]);
    expect(entries).toEqual([
      { id: '1', actor: 'Trần B', move: 'approve', type: 'article', itemId: 'a1', at: '2026-12-05T03:32:00Z' },
      { id: '3', actor: null, move: 'publish_scheduled', type: 'page', itemId: 'p1', at: '2026-12-05T02:00:00Z' },
    ]);
  });
});

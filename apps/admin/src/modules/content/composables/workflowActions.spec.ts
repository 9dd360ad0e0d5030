import { describe, expect, it } from 'vitest';
import type { EditionState, LiveState, WorkflowPosition } from '@congxa/shared/workflow';
import { actionButtons, positionOf } from './workflowActions';

/** An edition being worked on (the item may have a live side too). */
const working = (edition: EditionState, live: LiveState | null = null): WorkflowPosition => ({ edition, live, currentIsLive: false });
/** Nothing being worked on: the live edition is the current one. */
const live = (status: LiveState): WorkflowPosition => ({ edition: 'published', live: status, currentIsLive: true });

describe('actionButtons', () => {
  it('should give one button per allowed action in workflow order when the API lists them in any order', () => {
    const buttons = actionButtons(['reject', 'return', 'assign'], working('submitted'));
    expect(buttons.map((b) => b.action)).toEqual(['assign', 'return', 'reject']);
  });

  it('should ask for a note exactly when the transition table requires one', () => {
    const byAction = Object.fromEntries(actionButtons(['submit', 'return', 'reject', 'verify'], working('in_review')).map((b) => [b.action, b.noteRequired]));
    expect(byAction).toEqual({ submit: false, verify: false, return: true, reject: true });
    expect(actionButtons(['unpublish', 'archive'], live('published')).map((b) => [b.action, b.noteRequired])).toEqual([
      ['unpublish', true],
      ['archive', false],
    ]);
  });

  it('should ask for the editor on assign and for the times on approve', () => {
    const [assign] = actionButtons(['assign'], working('submitted'));
    expect(assign).toMatchObject({ needsAssignee: true, needsSchedule: false, tone: 'primary' });
    const [approve] = actionButtons(['approve'], working('pending_approval'));
    expect(approve).toMatchObject({ needsAssignee: false, needsSchedule: true, tone: 'primary' });
  });

  it('should colour the take-down and the refusal as dangerous', () => {
    expect(actionButtons(['reject', 'unpublish', 'withdraw'], working('submitted')).map((b) => [b.action, b.tone])).toEqual([
      ['withdraw', 'secondary'],
      ['reject', 'danger'],
      ['unpublish', 'danger'],
    ]);
  });

  it('should drop names it does not know when the API is newer than the SPA', () => {
    expect(actionButtons(['submit', 'teleport', 'publish_scheduled'], working('draft')).map((b) => b.action)).toEqual(['submit']);
    expect(actionButtons([], live('published'))).toEqual([]);
  });

  it('should look at the live state when a live-only action is offered during a new edition', () => {
    const [republish] = actionButtons(['republish'], working('draft', 'unpublished'));
    expect(republish.noteRequired).toBe(true);
    const [archive] = actionButtons(['archive'], working('draft', 'published'));
    expect(archive.noteRequired).toBe(false);
  });

  it('should require a reason when a scheduled edition is taken back before it went live', () => {
    expect(actionButtons(['unpublish'], working('scheduled'))[0].noteRequired).toBe(true);
  });
});

describe('positionOf', () => {
  it('should read the live edition as current when the item shows its live status and nothing is being worked on', () => {
    expect(positionOf({ status: 'published', editionStatus: 'published', liveStatus: 'published' })).toEqual(live('published'));
    expect(positionOf({ status: 'unpublished', editionStatus: 'published', liveStatus: 'unpublished' })).toEqual(live('unpublished'));
    expect(positionOf({ status: 'archived', editionStatus: 'published', liveStatus: 'archived' })).toEqual(live('archived'));
  });

  it('should read a working edition when a new edition is open on a live item', () => {
    expect(positionOf({ status: 'draft', editionStatus: 'draft', liveStatus: 'published' })).toEqual(working('draft', 'published'));
    expect(positionOf({ status: 'in_review', editionStatus: 'in_review', liveStatus: 'unpublished' })).toEqual(working('in_review', 'unpublished'));
  });

  it('should read an edition taken back before it went live as working when the item was never live', () => {
    expect(positionOf({ status: 'unpublished', editionStatus: 'unpublished', liveStatus: null })).toEqual(working('unpublished'));
    expect(positionOf({ status: 'draft', editionStatus: 'draft', liveStatus: null })).toEqual(working('draft'));
  });
});

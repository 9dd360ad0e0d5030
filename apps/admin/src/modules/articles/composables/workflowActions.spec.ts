import { describe, expect, it } from 'vitest';
import { actionButtons, noteRequired } from './workflowActions';

describe('actionButtons', () => {
  it('should give one button per allowed action in workflow order when the API lists them in any order', () => {
    const buttons = actionButtons(['reject', 'return', 'assign'], 'submitted');
    expect(buttons.map((b) => b.action)).toEqual(['assign', 'return', 'reject']);
  });

  it('should ask for a note exactly when the transition table requires one', () => {
    const byAction = Object.fromEntries(actionButtons(['submit', 'return', 'reject', 'verify'], 'in_review').map((b) => [b.action, b.noteRequired]));
    expect(byAction).toEqual({ submit: false, verify: false, return: true, reject: true });
    expect(actionButtons(['unpublish', 'archive'], 'published').map((b) => [b.action, b.noteRequired])).toEqual([
      ['unpublish', true],
      ['archive', false],
    ]);
  });

  it('should ask for the editor on assign and for the times on approve', () => {
    const [assign] = actionButtons(['assign'], 'submitted');
    expect(assign).toMatchObject({ needsAssignee: true, needsSchedule: false, tone: 'primary' });
    const [approve] = actionButtons(['approve'], 'pending_approval');
    expect(approve).toMatchObject({ needsAssignee: false, needsSchedule: true, tone: 'primary' });
  });

  it('should colour the take-down and the refusal as dangerous', () => {
    expect(actionButtons(['reject', 'unpublish', 'withdraw'], 'submitted').map((b) => [b.action, b.tone])).toEqual([
      ['withdraw', 'secondary'],
      ['reject', 'danger'],
      ['unpublish', 'danger'],
    ]);
  });

  it('should drop names it does not know when the API is newer than the SPA', () => {
    expect(actionButtons(['submit', 'teleport'], 'draft').map((b) => b.action)).toEqual(['submit']);
    expect(actionButtons([], 'published')).toEqual([]);
  });

  it('should look at the live state when a live-only action is offered during a new edition', () => {
    expect(noteRequired('republish', 'draft', 'unpublished')).toBe(true);
    expect(noteRequired('archive', 'draft', 'published')).toBe(false);
  });
});

import { sitePermissions, type SiteRole } from '../authz';
import { ARTICLE_STATES, type ArticleState } from './states';
import { ARTICLE_ACTIONS, type ArticleAction, availableActions, findRule, type WorkflowActor } from './transitions';

/**
 * product.md §2, transcribed independently of transitions.ts: action → [from states, who].
 * `author` = the item's author whatever their role; `assigned` = the assigned editor.
 */
const EXPECTED: Record<ArticleAction, [ArticleState[], string[]][]> = {
  submit: [[['draft', 'returned'], ['author']]],
  withdraw: [[['submitted'], ['author']]],
  assign: [
    [
      ['submitted', 'in_review'],
      ['deputy', 'chief'],
    ],
  ],
  verify: [[['in_review'], ['assigned', 'deputy', 'chief']]],
  forward: [[['verified'], ['deputy', 'chief']]],
  approve: [[['pending_approval'], ['chief']]],
  return: [
    [
      ['submitted', 'verified', 'pending_approval'],
      ['deputy', 'chief'],
    ],
    [['in_review'], ['assigned', 'deputy', 'chief']],
  ],
  reject: [
    [
      ['submitted', 'in_review', 'verified', 'pending_approval'],
      ['deputy', 'chief'],
    ],
  ],
  unpublish: [[['published', 'scheduled'], ['chief']]],
  republish: [[['unpublished'], ['chief']]],
  archive: [
    [
      ['published', 'unpublished'],
      ['deputy', 'chief'],
    ],
  ],
};

interface Persona {
  name: string;
  role: SiteRole;
  isAuthor: boolean;
  isAssigned: boolean;
  slots: string[];
}

const PERSONAS: Persona[] = [
  { name: 'contributor who wrote it', role: 'contributor', isAuthor: true, isAssigned: false, slots: ['author'] },
  { name: 'another contributor', role: 'contributor', isAuthor: false, isAssigned: false, slots: [] },
  { name: 'assigned editor', role: 'editor', isAuthor: false, isAssigned: true, slots: ['assigned'] },
  { name: 'editor not assigned', role: 'editor', isAuthor: false, isAssigned: false, slots: [] },
  { name: 'editor who wrote it', role: 'editor', isAuthor: true, isAssigned: false, slots: ['author'] },
  { name: 'deputy', role: 'deputy', isAuthor: false, isAssigned: false, slots: ['deputy'] },
  { name: 'deputy who wrote it', role: 'deputy', isAuthor: true, isAssigned: false, slots: ['deputy', 'author'] },
  { name: 'chief', role: 'chief', isAuthor: false, isAssigned: false, slots: ['chief'] },
  { name: 'contributor marked as assignee', role: 'contributor', isAuthor: false, isAssigned: true, slots: [] },
];

function allowed(action: ArticleAction, state: ArticleState, p: Persona): boolean {
  return EXPECTED[action].some(([from, who]) => from.includes(state) && who.some((w) => p.slots.includes(w)));
}

describe('workflow transition table (role × action × state)', () => {
  for (const p of PERSONAS) {
    const actor: WorkflowActor = { role: p.role, isAuthor: p.isAuthor, isAssignedEditor: p.isAssigned, permissions: sitePermissions(p.role, false) };
    for (const state of ARTICLE_STATES) {
      const expected = ARTICLE_ACTIONS.filter((a) => allowed(a, state, p));
      it(`should offer the ${p.name} exactly [${expected.join(', ')}] when the item is ${state}`, () => {
        expect(availableActions(state, actor).sort()).toEqual([...expected].sort());
      });
    }
  }

  it('should require a note exactly for return, reject, unpublish and republish', () => {
    for (const action of ARTICLE_ACTIONS) {
      for (const state of ARTICLE_STATES) {
        const rule = findRule(action, state);
        if (rule) expect(rule.note === 'required').toBe(['return', 'reject', 'unpublish', 'republish'].includes(action));
      }
    }
  });

  it('should have no way out of rejected', () => {
    for (const action of ARTICLE_ACTIONS) expect(findRule(action, 'rejected')).toBeUndefined();
  });
});

import { ARTICLE_STATES, type ArticleState } from '@congxa/shared/workflow';
import { sitePermissions, type SiteRole } from '@congxa/shared/authz';
import type { Actor } from '../../common/auth/actor';
import { canEdit, canRead, type ArticleFacts } from './article.policy';

const AUTHOR = 'a0000000-0000-4000-8000-000000000001';
const EDITOR = 'a0000000-0000-4000-8000-000000000002';
const OTHER = 'a0000000-0000-4000-8000-000000000003';

function actor(userId: string, r: SiteRole): Actor {
  return {
    kind: 'user',
    userId,
    email: null,
    fullName: null,
    isPlatformAdmin: false,
    site: { id: 's', code: '99999', slug: 's', name: 's' },
    membership: { id: 'm', role: r, isStaff: true, fieldIds: [] },
    permissions: new Set(sitePermissions(r, false)),
    clientAddress: null,
  };
}

const people: Record<string, Actor> = {
  author: actor(AUTHOR, 'contributor'),
  assignedEditor: actor(EDITOR, 'editor'),
  otherEditor: actor(OTHER, 'editor'),
  otherContributor: actor(OTHER, 'contributor'),
  deputy: actor(OTHER, 'deputy'),
  chief: actor(OTHER, 'chief'),
};

/** Expected edit rights, straight from product.md §2 (and "a live item opens an edition"). */
function expected(who: string, state: ArticleState): boolean {
  if (state === 'scheduled' || state === 'rejected') return false;
  if (who === 'deputy' || who === 'chief') return true;
  if (['published', 'unpublished', 'archived'].includes(state)) return who === 'author';
  if (who === 'author') return state === 'draft' || state === 'returned';
  if (who === 'assignedEditor') return state === 'in_review';
  return false;
}

describe('article row rules (role × state matrix)', () => {
  for (const state of ARTICLE_STATES) {
    const facts: ArticleFacts = { authorId: AUTHOR, editionAuthorId: AUTHOR, assigneeId: EDITOR, status: state };
    for (const [who, a] of Object.entries(people)) {
      const allowed = expected(who, state);
      it(`should ${allowed ? 'let' : 'not let'} ${who} edit an article when it is ${state}`, () => {
        expect(canEdit(a, facts).allowed).toBe(allowed);
      });
      const reads = !['otherEditor', 'otherContributor'].includes(who);
      it(`should ${reads ? 'let' : 'not let'} ${who} read an article when it is ${state}`, () => {
        expect(canRead(a, facts)).toBe(reads);
      });
    }
  }
});

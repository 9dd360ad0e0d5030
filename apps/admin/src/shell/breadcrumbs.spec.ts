import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, type CrumbRoute } from './breadcrumbs';

const routes: CrumbRoute[] = [
  { name: 'dashboard', titleKey: 'dashboard.title' },
  { name: 'articles', titleKey: 'articles.title', parent: 'dashboard' },
  { name: 'article-edit', titleKey: 'articles.editorTitle', parent: 'articles' },
  { name: 'loop-a', titleKey: 'a', parent: 'loop-b' },
  { name: 'loop-b', titleKey: 'b', parent: 'loop-a' },
];
const lookup = (name: string) => routes.find((r) => r.name === name);

describe('breadcrumbTrail', () => {
  it('should list the parents from the top down to the current route', () => {
    expect(breadcrumbTrail(routes[2]!, lookup).map((c) => c.name)).toEqual(['dashboard', 'articles', 'article-edit']);
  });

  it('should stop at an unknown parent and on a loop', () => {
    expect(breadcrumbTrail({ name: 'x', titleKey: 'x', parent: 'nowhere' }, lookup).map((c) => c.name)).toEqual(['x']);
    expect(breadcrumbTrail(routes[3]!, lookup).map((c) => c.name)).toEqual(['loop-b', 'loop-a']);
  });

  it('should leave out routes without a title', () => {
    expect(breadcrumbTrail({ name: 'y', parent: 'articles' }, lookup).map((c) => c.name)).toEqual(['dashboard', 'articles']);
  });
});

import { describe, expect, it } from 'vitest';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import { buildTree, descendantIds, flattenTree, lastPosition, moveBody, moveLimits, parentIds, reorderChanges, validParents } from './categoryTree';

const cat = (id: string, name: string, parentId: string | null = null, position = 0, revision = 1): CategoryResponse => ({
  id,
  parentId,
  name,
  slug: id,
  position,
  revision,
});

// Tin tức (Trong xã, Trong tỉnh › Kinh tế), Thông báo, Văn bản — given in a shuffled order.
const FLAT = [
  cat('vb', 'Văn bản', null, 2),
  cat('tt', 'Tin tức', null, 0),
  cat('tinh', 'Trong tỉnh', 'tt', 1),
  cat('kt', 'Kinh tế', 'tinh', 0),
  cat('xa', 'Trong xã', 'tt', 0),
  cat('tb', 'Thông báo', null, 1),
];

describe('buildTree', () => {
  it('should nest children under their parents in the order of their positions', () => {
    const tree = buildTree(FLAT);
    expect(tree.map((n) => n.id)).toEqual(['tt', 'tb', 'vb']);
    expect(tree[0].children.map((n) => n.id)).toEqual(['xa', 'tinh']);
    expect(flattenTree(tree).map((n) => `${n.level}:${n.id}`)).toEqual(['1:tt', '2:xa', '2:tinh', '3:kt', '1:tb', '1:vb']);
    expect(flattenTree(tree).find((n) => n.id === 'kt')?.path).toEqual(['Tin tức', 'Trong tỉnh', 'Kinh tế']);
  });

  it('should order siblings of the same position by their Vietnamese names', () => {
    const tree = buildTree([cat('c', 'Văn hóa'), cat('a', 'Âm nhạc'), cat('b', 'Bầu cử')]);
    expect(tree.map((n) => n.category.name)).toEqual(['Âm nhạc', 'Bầu cử', 'Văn hóa']);
  });

  it('should show a category whose parent is missing at the top level rather than lose it', () => {
    const tree = buildTree([cat('a', 'A'), cat('b', 'B', 'gone')]);
    expect(tree.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('should list the categories that can be opened and closed', () => {
    expect(parentIds(buildTree(FLAT))).toEqual(['tt', 'tinh']);
  });
});

describe('validParents', () => {
  const tree = buildTree(FLAT);

  it('should offer the top level and every category except the moving one and those below it', () => {
    expect(descendantIds(tree, 'tt')).toEqual(new Set(['xa', 'tinh', 'kt']));
    expect(validParents(tree, 'tt').map((p) => p.id)).toEqual([null, 'tb', 'vb']);
    expect(validParents(tree, 'tinh').map((p) => p.id)).toEqual([null, 'tt', 'xa', 'tb', 'vb']);
  });

  it('should offer everything for a new category', () => {
    expect(validParents(tree)).toHaveLength(7);
  });
});

describe('reorderChanges', () => {
  const tree = buildTree(FLAT);

  it('should swap a category with the one above and send only the positions that change', () => {
    expect(reorderChanges(tree, 'tb', 'up')).toEqual([
      { id: 'tb', revision: 1, position: 0 },
      { id: 'tt', revision: 1, position: 1 },
    ]);
    expect(reorderChanges(tree, 'xa', 'down')).toEqual([
      { id: 'tinh', revision: 1, position: 0 },
      { id: 'xa', revision: 1, position: 1 },
    ]);
  });

  it('should do nothing past either end', () => {
    expect(reorderChanges(tree, 'tt', 'up')).toEqual([]);
    expect(reorderChanges(tree, 'vb', 'down')).toEqual([]);
    expect(reorderChanges(tree, 'kt', 'up')).toEqual([]);
    expect(moveLimits(tree, 'tt')).toEqual({ up: false, down: true });
    expect(moveLimits(tree, 'kt')).toEqual({ up: false, down: false });
  });

  it('should give siblings that all sit at position 0 distinct positions on the first reorder', () => {
    const same = buildTree([cat('a', 'An', null, 0, 3), cat('b', 'Bình', null, 0, 5), cat('c', 'Cường', null, 0, 1)]);
    expect(reorderChanges(same, 'c', 'up')).toEqual([
      { id: 'c', revision: 1, position: 1 },
      { id: 'b', revision: 5, position: 2 },
    ]);
  });
});

describe('moving under another parent', () => {
  const tree = buildTree(FLAT);

  it('should put the category last among its new siblings', () => {
    expect(lastPosition(tree, 'tt')).toBe(2);
    expect(lastPosition(tree, 'kt')).toBe(0);
    expect(moveBody(tree, FLAT[4], null)).toEqual({ revision: 1, parentId: null, position: 3 });
    expect(moveBody(tree, FLAT[5], 'tinh')).toEqual({ revision: 1, parentId: 'tinh', position: 1 });
  });
});

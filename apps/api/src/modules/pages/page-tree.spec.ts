import { pathOf, validParent, type TreeNode } from './page-tree';

const node = (id: string, parentId: string | null, slug = id): TreeNode => ({ id, parentId, position: 0, slug });

describe('page tree', () => {
  const nodes = [node('a', null, 'gioi-thieu'), node('b', 'a', 'lich-su'), node('c', 'b', 'thoi-ky'), node('d', 'c', 'chi-tiet'), node('e', null, 'lien-he')];

  it('should make the path from the slugs of the ancestors', () => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(pathOf(byId, 'b')).toBe('/gioi-thieu/lich-su');
    expect(pathOf(byId, 'e')).toBe('/lien-he');
  });

  it('should refuse a parent that is the page itself or one of its descendants', () => {
    expect(validParent(nodes, 'a', 'a')).toBe(false);
    expect(validParent(nodes, 'a', 'c')).toBe(false);
    expect(validParent(nodes, 'b', 'e')).toBe(true);
  });

  it('should refuse a parent that does not exist', () => {
    expect(validParent(nodes, null, 'zzz')).toBe(false);
  });

  it('should keep the tree within four levels', () => {
    expect(validParent(nodes, null, 'c')).toBe(true); // new page at level 4
    expect(validParent(nodes, null, 'd')).toBe(false); // level 5
    expect(validParent(nodes, 'e', 'c')).toBe(true);
    expect(validParent(nodes, 'b', 'e')).toBe(true); // b, c, d move under e: e(1) b(2) c(3) d(4)
    expect(validParent([...nodes, node('f', null)], 'a', 'f')).toBe(false); // a's subtree has 4 levels
  });
});

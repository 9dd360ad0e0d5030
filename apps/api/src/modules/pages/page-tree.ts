import { PAGE_MAX_DEPTH } from '@congxa/shared/content';

export interface TreeNode {
  id: string;
  parentId: string | null;
  position: number;
  slug: string;
}

/** `/gioi-thieu/lich-su`: the slugs from the top of the tree down to the node. */
export function pathOf(nodes: Map<string, TreeNode>, id: string): string {
  const parts: string[] = [];
  for (let n = nodes.get(id); n && parts.length <= PAGE_MAX_DEPTH; n = n.parentId ? nodes.get(n.parentId) : undefined) parts.unshift(n.slug);
  return `/${parts.join('/')}`;
}

/** Depth of the subtree under `id` (1 for a leaf). */
function height(nodes: TreeNode[], id: string): number {
  const children = nodes.filter((n) => n.parentId === id);
  return 1 + Math.max(0, ...children.map((c) => height(nodes, c.id)));
}

/** May `id` (null: a new page) hang under `parentId`? Not under itself or its own descendant, and the tree stays within the depth limit. */
export function validParent(nodes: TreeNode[], id: string | null, parentId: string): boolean {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  if (!byId.has(parentId)) return false;
  let depth = 1;
  for (let n = byId.get(parentId); n; n = n.parentId ? byId.get(n.parentId) : undefined) {
    if (n.id === id) return false;
    depth++;
    if (depth > PAGE_MAX_DEPTH + 1) return false;
  }
  return depth - 1 + (id ? height(nodes, id) : 1) <= PAGE_MAX_DEPTH;
}

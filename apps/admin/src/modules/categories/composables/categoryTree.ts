import type { CategoryResponse } from '@congxa/shared/dto/categories';

/** One category in the tree, with its children in the order the portal shows them. */
export interface CategoryNode {
  id: string;
  category: CategoryResponse;
  children: CategoryNode[];
  /** 1 for a top-level category. */
  level: number;
  /** Names from the top down to this one ("Tin tức › Trong xã"). */
  path: string[];
}

const collator = new Intl.Collator('vi');

/** Siblings as the API orders them: by position, then by name (Vietnamese order). */
export function compareSiblings(a: CategoryResponse, b: CategoryResponse): number {
  return a.position - b.position || collator.compare(a.name, b.name);
}

/**
 * The flat list of the API as a tree. A category whose parent is missing from the list is shown at the
 * top level rather than lost; a cycle (which the API refuses) cannot loop here.
 */
export function buildTree(flat: readonly CategoryResponse[]): CategoryNode[] {
  const ids = new Set(flat.map((c) => c.id));
  const byParent = new Map<string | null, CategoryResponse[]>();
  for (const c of flat) {
    const parent = c.parentId !== null && ids.has(c.parentId) && c.parentId !== c.id ? c.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), c]);
  }
  const seen = new Set<string>();
  const walk = (parent: string | null, level: number, path: string[]): CategoryNode[] =>
    [...(byParent.get(parent) ?? [])]
      .sort(compareSiblings)
      .filter((c) => !seen.has(c.id))
      .map((c) => {
        seen.add(c.id);
        const here = [...path, c.name];
        return { id: c.id, category: c, level, path: here, children: walk(c.id, level + 1, here) };
      });
  return walk(null, 1, []);
}

/** Every node, parents before children (the tree read from top to bottom). */
export function flattenTree(nodes: readonly CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

export function findNode(nodes: readonly CategoryNode[], id: string): CategoryNode | null {
  return flattenTree(nodes).find((n) => n.id === id) ?? null;
}

/** The ids of a category's children, grandchildren, … (not its own). */
export function descendantIds(nodes: readonly CategoryNode[], id: string): Set<string> {
  const node = findNode(nodes, id);
  return new Set(node ? flattenTree(node.children).map((n) => n.id) : []);
}

/** The ids of the categories that have children (the ones a tree can open and close). */
export function parentIds(nodes: readonly CategoryNode[]): string[] {
  return flattenTree(nodes)
    .filter((n) => n.children.length > 0)
    .map((n) => n.id);
}

/** A place a category can go: a category (by its path), or the top level (`id` null). */
export interface ParentChoice {
  id: string | null;
  path: string[];
}

/**
 * Where a category may be moved: the top level and every category except itself and those below it
 * (the API refuses those with CATEGORY_CYCLE). Without `movingId` (a new category): everywhere.
 */
export function validParents(nodes: readonly CategoryNode[], movingId?: string): ParentChoice[] {
  const excluded = movingId ? new Set([movingId, ...descendantIds(nodes, movingId)]) : new Set<string>();
  return [
    { id: null, path: [] },
    ...flattenTree(nodes)
      .filter((n) => !excluded.has(n.id))
      .map((n) => ({ id: n.id, path: n.path })),
  ];
}

/** The children of `parentId` (null: the top level), in order. */
export function siblingsOf(nodes: readonly CategoryNode[], parentId: string | null): CategoryNode[] {
  if (parentId === null) return [...nodes];
  return findNode(nodes, parentId)?.children ?? [];
}

/** One PATCH of a reorder: the category, its revision, its new position. */
export interface PositionChange {
  id: string;
  revision: number;
  position: number;
}

/**
 * The PATCHes that move a category one place up or down among its siblings. The siblings are numbered
 * 0, 1, 2, … in their new order and only those whose position changes are sent (several siblings may
 * share position 0 and be ordered by name: the first reorder gives them distinct positions). Empty when
 * the category is already first (up) or last (down).
 */
export function reorderChanges(nodes: readonly CategoryNode[], id: string, direction: 'up' | 'down'): PositionChange[] {
  const node = findNode(nodes, id);
  if (!node) return [];
  const siblings = siblingsOf(nodes, node.category.parentId !== null && findNode(nodes, node.category.parentId) ? node.category.parentId : null);
  const index = siblings.findIndex((s) => s.id === id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= siblings.length) return [];
  const order = [...siblings];
  [order[index], order[target]] = [order[target], order[index]];
  return order.flatMap((s, position) => (s.category.position === position ? [] : [{ id: s.id, revision: s.category.revision, position }]));
}

/** Can the category move up / down among its siblings? */
export function moveLimits(nodes: readonly CategoryNode[], id: string): { up: boolean; down: boolean } {
  return { up: reorderChanges(nodes, id, 'up').length > 0, down: reorderChanges(nodes, id, 'down').length > 0 };
}

/** The position that puts a category last among the children of `parentId` (creating, or moving there). */
export function lastPosition(nodes: readonly CategoryNode[], parentId: string | null, exceptId?: string): number {
  const siblings = siblingsOf(nodes, parentId).filter((s) => s.id !== exceptId);
  return siblings.length === 0 ? 0 : Math.max(...siblings.map((s) => s.category.position)) + 1;
}

/** The PATCH body that moves a category under `parentId` (null: top level), last among its new siblings. */
export function moveBody(
  nodes: readonly CategoryNode[],
  category: CategoryResponse,
  parentId: string | null,
): { revision: number; parentId: string | null; position: number } {
  return { revision: category.revision, parentId, position: lastPosition(nodes, parentId, category.id) };
}

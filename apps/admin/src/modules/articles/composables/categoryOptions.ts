import type { CategoryResponse } from '@congxa/shared/dto/categories';

export interface CategoryOption {
  id: string;
  name: string;
  depth: number;
  /** The name indented by its depth, for a plain <option>. */
  label: string;
}

const collator = new Intl.Collator('vi');

/**
 * The category tree flattened depth-first for a select: children under their parent, siblings by
 * position then name (Vietnamese order). A category whose parent is missing is shown at the top level.
 */
export function categoryOptions(categories: readonly CategoryResponse[]): CategoryOption[] {
  const ids = new Set(categories.map((c) => c.id));
  const children = new Map<string | null, CategoryResponse[]>();
  for (const c of categories) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: CategoryOption[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position || collator.compare(a.name, b.name));
    for (const c of list) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ id: c.id, name: c.name, depth, label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${depth ? '└ ' : ''}${c.name}` });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

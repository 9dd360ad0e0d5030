/** What the breadcrumb trail needs to know of a route. */
export interface CrumbRoute {
  name: string;
  titleKey?: string;
  /** The route one level up (by name), e.g. the list above an editor. */
  parent?: string;
}

export interface Crumb {
  name: string;
  titleKey: string;
}

/**
 * The trail from the top down to `current` (included), following `parent` names. Stops at an unknown
 * name or a loop; routes without a title are left out.
 */
export function breadcrumbTrail(current: CrumbRoute, lookup: (name: string) => CrumbRoute | undefined): Crumb[] {
  const trail: Crumb[] = [];
  const seen = new Set<string>();
  let route: CrumbRoute | undefined = current;
  while (route && !seen.has(route.name)) {
    seen.add(route.name);
    if (route.titleKey) trail.unshift({ name: route.name, titleKey: route.titleKey });
    route = route.parent ? lookup(route.parent) : undefined;
  }
  return trail;
}

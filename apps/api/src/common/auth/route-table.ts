import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ApplicationConfig, ModulesContainer } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from './access.decorators';

export interface RouteAccess {
  method: string;
  path: string;
  /** The permission, `public`, or `UNDECLARED` (which the guard refuses). */
  access: string;
}

const join = (...parts: (string | undefined)[]) =>
  `/${parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter(Boolean)
    .join('/')}`;

/**
 * Where the app serves a route declared at `parts` (controller path, method path): under the global prefix,
 * unless `setGlobalPrefix(…, { exclude })` excluded it (the feeds at the portal's root).
 */
export function servedPath(app: INestApplication, prefix: string): (method: RequestMethod, ...parts: (string | undefined)[]) => string {
  const excluded = (app.get(ApplicationConfig).getGlobalPrefixOptions().exclude ?? []) as { pathRegex: RegExp; requestMethod: RequestMethod }[];
  return (method, ...parts) => {
    const path = join(...parts);
    return excluded.some((e) => (e.requestMethod === RequestMethod.ALL || e.requestMethod === method) && e.pathRegex.test(path)) ? path : join(prefix, path);
  };
}

/** Every route of the app with the access it declares, read from Nest's metadata. */
export function routeTable(app: INestApplication, prefix: string): RouteAccess[] {
  const rows: RouteAccess[] = [];
  const served = servedPath(app, prefix);
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const ctrl = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!ctrl) continue;
      const base = Reflect.getMetadata(PATH_METADATA, ctrl) as string | string[] | undefined;
      const classRule = Reflect.getMetadata(ACCESS_KEY, ctrl) as AccessRule | undefined;
      for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
        const handler = (ctrl.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        const rule = (Reflect.getMetadata(ACCESS_KEY, handler) as AccessRule | undefined) ?? classRule;
        const access = !rule ? 'UNDECLARED' : rule.kind === 'public' ? 'public' : rule.permission;
        for (const b of [base].flat()) for (const p of [path].flat()) rows.push({ method: RequestMethod[method], path: served(method, b, p), access });
      }
    }
  }
  return rows.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

export function formatRouteTable(rows: RouteAccess[]): string {
  return `${rows.map((r) => `${r.method.padEnd(6)} ${r.path} → ${r.access}`).join('\n')}\n`;
}

import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@congxa/shared/authz';
import type { Actor } from './actor';

export const ACCESS_KEY = 'congxa:access';

export type AccessRule = { kind: 'public' } | { kind: 'permission'; permission: Permission };

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** The caller must hold `permission` (in the route's `:site` when the permission is site-scoped). */
export const Authorize = (permission: Permission) => SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies AccessRule);

/** The actor the guard established for this request. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ actor: Actor }>().actor;
});

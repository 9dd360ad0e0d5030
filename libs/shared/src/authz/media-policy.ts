import type { Permission } from './permissions';

/** Who is editing a media item's details, as the media policy sees them. */
export interface MediaActor {
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}

/** The part of a media item the policy reads. */
export interface MediaOwner {
  uploadedById: string | null;
}

/**
 * May the actor change a media item's alt text and caption? Editors, the deputy and the chief fix any
 * item of their site (`media.manage`); everyone else only what they uploaded themselves (`media.update`).
 */
export function canEditMedia(actor: MediaActor, media: MediaOwner): boolean {
  if (actor.permissions.has('media.manage')) return true;
  return actor.permissions.has('media.update') && actor.userId !== null && media.uploadedById === actor.userId;
}

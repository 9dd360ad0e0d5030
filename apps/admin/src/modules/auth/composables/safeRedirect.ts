/**
 * The in-app path to go back to after signing in, from a `?redirect=` query value. Only paths inside the
 * admin app are accepted ("/...", not "//host" or "https://..."), so a crafted link cannot send a user
 * elsewhere.
 */
export function safeRedirect(value: unknown): string | null {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string') return null;
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return null;
  return path;
}

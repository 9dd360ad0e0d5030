/**
 * A link address the server's sanitiser keeps: http(s), mailto, a site-relative path (not `//…`) or a
 * fragment. "www.xa.gov.vn" gets https:// in front. Anything else (javascript:, data:, …) is refused.
 */
export function normalizeLinkUrl(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (/^(https?:\/\/|mailto:)\S+$/i.test(value)) return value;
  if (/^\/(?![/\\])\S*$/.test(value) || /^#\S+$/.test(value)) return value;
  if (/^www\.[^\s/]+\.\S+$/i.test(value)) return `https://${value}`;
  return null;
}

/**
 * The registers with a page and a feed of their own at the portal's root (`/<path>`, `/<path>/rss.xml`): the
 * type they list and how one of its items reads in a feed. Feed readers and the sitemap take them from here.
 */
export interface RegisterFeed {
  type: string;
  /** The channel's name: "Văn bản — Xã Ân Hảo Đông". */
  name: string;
  /** The item's line in a feed reader, from its live content: the number or code before the title. */
  title(content: Record<string, unknown>): string;
  /** Plain text under it. */
  description(content: Record<string, unknown>): string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const lead = (key: string) => (c: Record<string, unknown>) => [str(c[key]), str(c.title)].filter(Boolean).join(' — ');

export const REGISTER_FEEDS = {
  'van-ban': { type: 'document', name: 'Văn bản', title: lead('number'), description: (c) => str(c.summary) },
  'thu-tuc': {
    type: 'procedure',
    name: 'Thủ tục hành chính',
    title: lead('code'),
    description: (c) =>
      [
        ['Cơ quan thực hiện', c.agency],
        ['Thời hạn giải quyết', c.processingTime],
        ['Phí, lệ phí', c.fees],
      ]
        .filter(([, v]) => str(v))
        .map(([k, v]) => `${String(k)}: ${str(v).replace(/\.$/, '')}.`)
        .join(' '),
  },
} as const satisfies Record<string, RegisterFeed>;

export type RegisterPath = keyof typeof REGISTER_FEEDS;

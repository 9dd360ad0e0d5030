/**
 * Statuses of the publishing core (product.md §2). Two things have a status:
 * - an **edition** (one row per edition of an item) moves through the editorial chain;
 * - an **item** has a **live status** once one of its editions has gone live.
 * What a list or the editor shows (`ItemStatus`) is the current edition's status, or the live status when
 * the current edition is the live one.
 */
export const EDITION_STATES = [
  'draft',
  'submitted',
  'in_review',
  'verified',
  'pending_approval',
  'scheduled',
  'published',
  'returned',
  'rejected',
  /** Approved for a later time, then taken back by the chief before it went live. */
  'unpublished',
  /** Was live; a later edition went live in its place. */
  'superseded',
] as const;
export type EditionState = (typeof EDITION_STATES)[number];

export const LIVE_STATES = ['published', 'unpublished', 'archived'] as const;
export type LiveState = (typeof LIVE_STATES)[number];

/** What the admin shows for an item: the current edition's status, or its live status. */
export const ITEM_STATES = [
  'draft',
  'submitted',
  'in_review',
  'verified',
  'pending_approval',
  'scheduled',
  'published',
  'returned',
  'rejected',
  'unpublished',
  'archived',
] as const;
export type ItemState = (typeof ITEM_STATES)[number];

export const STATE_LABELS: Record<ItemState | EditionState, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  in_review: { vi: 'Đang biên tập', en: 'In review' },
  verified: { vi: 'Đã kiểm tra', en: 'Verified' },
  pending_approval: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
  scheduled: { vi: 'Hẹn giờ đăng', en: 'Scheduled' },
  published: { vi: 'Đã đăng', en: 'Published' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
  unpublished: { vi: 'Đã gỡ', en: 'Unpublished' },
  archived: { vi: 'Lưu trữ', en: 'Archived' },
  superseded: { vi: 'Đã thay bằng ấn bản mới', en: 'Superseded' },
};

/** Edition states from which nothing more happens. */
export const FINAL_EDITION_STATES: readonly EditionState[] = ['rejected', 'superseded'];

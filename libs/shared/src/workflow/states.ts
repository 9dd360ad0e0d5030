/** Workflow states of an article edition (product.md §2). */
export const ARTICLE_STATES = [
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
export type ArticleState = (typeof ARTICLE_STATES)[number];

export const STATE_LABELS: Record<ArticleState, { vi: string; en: string }> = {
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
};

/** States from which nothing more happens to the edition. */
export const FINAL_STATES: readonly ArticleState[] = ['rejected'];

/** States of a live edition (what the public may see, or saw). */
export const LIVE_STATES: readonly ArticleState[] = ['scheduled', 'published', 'unpublished', 'archived'];

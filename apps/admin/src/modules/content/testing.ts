import type { ItemEnvelope } from '@congxa/shared/dto/content';

/** What every item response carries besides its content: a saved draft of the contributor, for unit tests. */
export function sampleEnvelope(overrides: Partial<ItemEnvelope> = {}): ItemEnvelope {
  return {
    id: '7f1c2d9e-0000-4000-8000-000000000001',
    type: 'article',
    slug: 'xa-ra-quan-lam-duong',
    title: 'Xã ra quân làm đường giao thông nông thôn',
    status: 'draft',
    editionStatus: 'draft',
    liveStatus: null,
    edition: 1,
    revision: 3,
    fieldId: 'f0000000-0000-4000-8000-000000000001',
    categoryId: null,
    author: { id: 'u1', fullName: 'Hoàng Văn Cộng' },
    assignee: null,
    priority: false,
    submittedAt: null,
    updatedAt: '2026-03-01T01:30:00.000Z',
    noSecretConfirmed: false,
    publishAt: null,
    unpublishAt: null,
    publishedAt: null,
    approvedBy: null,
    approvedAt: null,
    actions: ['submit'],
    canEdit: true,
    currentIsLive: false,
    opensEdition: false,
    lastNote: null,
    createdAt: '2026-03-01T01:00:00.000Z',
    ...overrides,
  };
}

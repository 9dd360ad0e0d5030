import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type RouteLocationNormalized } from 'vue-router';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicDocument, PublicDocumentSummary } from '@congxa/shared/dto/documents';
import { runLoader } from '../../core/loader';
import { ApiRequestError, type Fetcher, type PortalApi } from '../../core/http';
import { render } from '../../entry-server';
import { portalRoutes } from '../../routes';
import { fileTypeLabel, filtersFromQuery, formatFileSize, legalForce } from './api';

const ORIGIN = 'https://xa.example.gov.vn';

const summary = (slug: string, number: string, title: string, over: Partial<PublicDocumentSummary> = {}): PublicDocumentSummary => ({
  id: `id-${slug}`,
  slug,
  title,
  documentType: { code: 'quyet-dinh', label: 'Quyết định' },
  number,
  issuerLevel: 'commune',
  issuingBody: 'UBND xã Ân Hảo Đông',
  issuedOn: '2024-03-01',
  effectiveOn: '2024-03-15',
  expiresOn: null,
  field: { name: 'Đất đai', slug: 'dat-dai' },
  validity: { status: 'in_force', since: '2024-03-15', reason: { vi: 'Có hiệu lực từ 15/03/2024.', en: 'In force since 15/03/2024.' } },
  publishedAt: '2024-03-02T01:00:00.000Z',
  ...over,
});

const OLD = summary('quy-che-cu', '05/QĐ-UBND', 'Quy chế làm việc cũ', {
  issuedOn: '2020-01-10',
  effectiveOn: null,
  expiresOn: '2024-03-15',
  validity: {
    status: 'replaced',
    since: '2024-03-15',
    reason: { vi: 'Bị thay thế bởi Quyết định số 12/QĐ-UBND từ ngày 15/03/2024.', en: 'Replaced by Decision 12/QĐ-UBND from 15/03/2024.' },
  },
});
const NEW = summary('quy-che-lam-viec', '12/QĐ-UBND', 'Ban hành Quy chế làm việc của UBND xã');

const detail = (s: PublicDocumentSummary, over: Partial<PublicDocument>): PublicDocument => ({
  ...s,
  signer: 'Nguyễn Văn A',
  signerPosition: 'Chủ tịch',
  summary: '',
  files: [],
  relations: [],
  updatedAt: '2024-03-02T01:00:00.000Z',
  ...over,
});

const DOCS: Record<string, PublicDocument> = {
  [NEW.slug]: detail(NEW, {
    files: [
      {
        id: 'f1',
        name: 'QD-12-quy-che.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 1_572_864,
        url: '/api/v1/public/media/f1/file',
        viewUrl: '/api/v1/public/media/f1/view',
      },
      {
        id: 'f2',
        name: 'phu-luc.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        sizeBytes: 51_200,
        url: '/api/v1/public/media/f2/file',
        viewUrl: null,
      },
    ],
    relations: [
      {
        direction: 'outgoing',
        kind: 'replaces',
        label: { vi: 'Thay thế', en: 'Replaces' },
        document: { slug: OLD.slug, number: OLD.number, title: OLD.title },
      },
    ],
  }),
  [OLD.slug]: detail(OLD, {
    relations: [
      {
        direction: 'incoming',
        kind: 'replaces',
        label: { vi: 'Bị thay thế bởi', en: 'Replaced by' },
        document: { slug: NEW.slug, number: NEW.number, title: NEW.title },
      },
    ],
  }),
};

/** The API's answers: the site, no menu, two documents (one renamed from `quy-che-2024`). */
function answer(path: string, asked: string[]): unknown {
  const url = new URL(path, ORIGIN);
  const route = url.pathname.replace('/api/v1', '');
  asked.push(route + url.search);
  if (route === '/public/site') return { code: '22222', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông', settings: null, banner: null };
  if (route === '/public/categories' || route === '/public/pages') return [];
  if (route === '/public/documents') {
    const page = Number(url.searchParams.get('page'));
    const pageSize = Number(url.searchParams.get('pageSize'));
    const items = [NEW, OLD].filter((d) => !url.searchParams.get('status') || d.validity.status === url.searchParams.get('status'));
    return { items: page === 1 ? items : [], page, pageSize, total: items.length } satisfies Page<PublicDocumentSummary>;
  }
  const slug = route.replace('/public/documents/', '');
  if (slug === 'quy-che-2024') return DOCS[NEW.slug];
  if (slug === 'da-go') throw new ApiRequestError(404, 'DOCUMENT_WITHDRAWN' as string as ApiRequestError['code'], 'Văn bản này đã được gỡ xuống.');
  if (DOCS[slug]) return DOCS[slug];
  throw new ApiRequestError(404, 'NOT_FOUND', 'Không tìm thấy.');
}

function fakeFetch(asked: string[] = []): Fetcher {
  return async (url) => {
    try {
      return Response.json(answer(url, asked));
    } catch (error) {
      return Response.json({ statusCode: 404, code: (error as ApiRequestError).code, message: 'x' }, { status: 404 });
    }
  };
}

const renderPage = async (url: string, asked: string[] = []) => {
  const page = await render({ url, origin: ORIGIN, fetch: fakeFetch(asked) });
  if (page.redirect !== undefined) throw new Error(`redirected to ${page.redirect}`);
  const doc = new DOMParser().parseFromString(`<head>${page.head}</head><body>${page.html}</body>`, 'text/html');
  return { ...page, doc };
};

describe('the register of documents (/van-ban)', () => {
  it('should list the documents in a table with their number, date, title link and validity', async () => {
    const { status, doc } = await renderPage('/van-ban');
    expect(status).toBe(200);
    const rows = [...doc.querySelectorAll('[data-testid="document-table"] tbody tr')];
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['12/QĐ-UBND', '05/QĐ-UBND']);
    expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe('/van-ban/quy-che-lam-viec');
    expect(rows[0]!.textContent).toContain('01/03/2024');
    expect(rows[0]!.textContent).toContain('Còn hiệu lực');
    expect(rows[1]!.textContent).toContain('Bị thay thế');
    // Each cell names its column, for the cards a phone shows.
    expect(rows[0]!.querySelector('td')?.getAttribute('data-label')).toBe('Số ký hiệu');
    expect(doc.querySelector('title')?.textContent).toBe('Văn bản – Xã Ân Hảo Đông');
  });

  it('should offer its filters as a GET form and pass the chosen ones to the API', async () => {
    const asked: string[] = [];
    const { doc } = await renderPage('/van-ban?loai=quyet-dinh&cap=commune&nam=2024&hieu-luc=replaced&q=12%2FQĐ&linh-vuc=dat-dai', asked);
    const form = doc.querySelector<HTMLFormElement>('[data-testid="document-filters"]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/van-ban');
    expect(form.querySelector<HTMLSelectElement>('select[name="loai"] option[selected]')?.value).toBe('quyet-dinh');
    expect(form.querySelector<HTMLSelectElement>('select[name="hieu-luc"] option[selected]')?.value).toBe('replaced');
    expect(form.querySelector<HTMLInputElement>('input[name="nam"]')?.getAttribute('value')).toBe('2024');
    expect(form.querySelector<HTMLInputElement>('input[name="linh-vuc"]')?.getAttribute('value')).toBe('dat-dai');
    const query = new URLSearchParams(asked.find((a) => a.startsWith('/public/documents?'))!.split('?')[1]);
    expect(Object.fromEntries(query)).toEqual({
      page: '1',
      pageSize: '20',
      type: 'quyet-dinh',
      issuer: 'commune',
      year: '2024',
      field: 'dat-dai',
      status: 'replaced',
      q: '12/QĐ',
    });
    expect(doc.querySelectorAll('[data-testid="document-table"] tbody tr')).toHaveLength(1);
    // A filtered list is not indexed.
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('should answer 404 past the last page', async () => {
    const { status, doc } = await renderPage('/van-ban?trang=3');
    expect(status).toBe(404);
    expect(doc.querySelector('[data-testid="error-page"]')).not.toBeNull();
  });

  it('should be linked from the menu and have an English twin under /en', async () => {
    const { doc } = await renderPage('/en/van-ban');
    expect(doc.querySelector('[data-testid="site-menu"] a[href="/en/van-ban"]')?.textContent).toBe('Documents');
    expect(doc.querySelector('th')?.textContent).toBe('Number');
    expect(doc.querySelector('[data-testid="document-table"] a')?.getAttribute('href')).toBe('/en/van-ban/quy-che-lam-viec');
  });
});

describe('the page of a document (/van-ban/:slug)', () => {
  it('should show its details, its validity with the reason, its files with size and type', async () => {
    const { status, doc } = await renderPage('/van-ban/quy-che-lam-viec');
    expect(status).toBe(200);
    expect(doc.querySelector('h1')?.textContent).toBe('Ban hành Quy chế làm việc của UBND xã');
    const meta = Object.fromEntries(
      [...doc.querySelectorAll('[data-testid="document-meta"] tr')].map((tr) => [
        tr.querySelector('th')?.textContent?.trim(),
        tr.querySelector('td')?.textContent?.trim(),
      ]),
    );
    expect(meta).toEqual({
      'Số ký hiệu': '12/QĐ-UBND',
      Loại: 'Quyết định',
      'Cơ quan ban hành': 'UBND xã Ân Hảo Đông (Cấp xã)',
      'Người ký': 'Chủ tịch Nguyễn Văn A',
      'Ngày ban hành': '01/03/2024',
      'Ngày có hiệu lực': '15/03/2024',
      'Ngày hết hiệu lực': 'Chưa xác định',
      'Lĩnh vực': 'Đất đai',
    });
    const validity = doc.querySelector('[data-testid="validity"]')!;
    expect(validity.textContent).toContain('Còn hiệu lực');
    expect(validity.querySelector('[data-testid="validity-reason"]')?.textContent).toBe('Có hiệu lực từ 15/03/2024.');
    const files = [...doc.querySelectorAll('[data-testid="document-files"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(files).toEqual(['Tải về QD-12-quy-che.pdf (PDF, 1,5 MB) · Xem QD-12-quy-che.pdf (mở trong thẻ mới)', 'Tải về phu-luc.docx (Word (DOCX), 50 KB)']);
    expect(doc.querySelector('[data-testid="document-files"] a')?.getAttribute('href')).toBe('/api/v1/public/media/f1/file');
    // The PDF is read in the page too (the first PDF; a Word file has no preview).
    expect([...doc.querySelectorAll('[data-testid="document-view-link"]')].map((a) => a.getAttribute('href'))).toEqual(['/api/v1/public/media/f1/view']);
    const preview = doc.querySelector('[data-testid="document-preview"]')!;
    expect([preview.tagName, preview.getAttribute('src'), preview.getAttribute('title')]).toEqual([
      'IFRAME',
      '/api/v1/public/media/f1/view',
      'Xem trước tệp QD-12-quy-che.pdf',
    ]);
  });

  it('should link the documents it acts on, and the page of the other shows the relation the other way', async () => {
    const replacing = await renderPage('/van-ban/quy-che-lam-viec');
    const out = replacing.doc.querySelector('[data-testid="document-relations"] li')!;
    expect(out.textContent).toContain('Thay thế:');
    expect(out.querySelector('a')?.getAttribute('href')).toBe('/van-ban/quy-che-cu');

    const replaced = await renderPage('/van-ban/quy-che-cu');
    const back = replaced.doc.querySelector('[data-testid="document-relations"] li')!;
    expect(back.textContent).toContain('Bị thay thế bởi:');
    expect(back.querySelector('a')?.getAttribute('href')).toBe('/van-ban/quy-che-lam-viec');
    expect(replaced.doc.querySelector('[data-testid="validity"]')?.textContent).toContain('Bị thay thế bởi Quyết định số 12/QĐ-UBND từ ngày 15/03/2024.');
  });

  it('should describe itself as schema.org Legislation', async () => {
    const { doc } = await renderPage('/van-ban/quy-che-lam-viec');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '12/QĐ-UBND',
      legislationType: 'Quyết định',
      legislationDate: '2024-03-01',
      legislationLegalForce: 'InForce',
      legislationPassedBy: { name: 'UBND xã Ân Hảo Đông' },
      url: `${ORIGIN}/van-ban/quy-che-lam-viec`,
      legislationChanges: [{ legislationIdentifier: '05/QĐ-UBND', url: `${ORIGIN}/van-ban/quy-che-cu` }],
    });
    const old = await renderPage('/van-ban/quy-che-cu');
    expect(JSON.parse(old.doc.querySelector('script[type="application/ld+json"]')!.textContent!)).toMatchObject({ legislationLegalForce: 'NotInForce' });
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/van-ban/quy-che-lam-viec`);
  });

  it('should answer 404 for a document that is not there', async () => {
    const { status } = await renderPage('/van-ban/khong-co');
    expect(status).toBe(404);
  });

  it('should say a withdrawn document was taken down, in words for a document', async () => {
    const { status, doc } = await renderPage('/van-ban/da-go');
    expect(status).toBe(410);
    expect(doc.querySelector('h1')?.textContent).toBe('Văn bản đã được gỡ xuống');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('should move an old address to the current one with a 301, its query kept', async () => {
    const api: PortalApi = { get: async <T>(path: string) => answer(path, []) as T };
    const router = createRouter({ history: createMemoryHistory(), routes: portalRoutes });
    // A resolved location is what the router hands a loader, its name aside.
    const at = (path: string) => router.resolve(path) as RouteLocationNormalized;
    const result = await runLoader({ api, to: at('/van-ban/quy-che-2024?x=1'), chrome: { site: null, categories: [], pages: [] } });
    expect(result).toMatchObject({ status: 301, redirect: '/van-ban/quy-che-lam-viec?x=1' });
    const en = await runLoader({ api, to: at('/en/van-ban/quy-che-2024'), chrome: { site: null, categories: [], pages: [] } });
    expect(en.redirect).toBe('/en/van-ban/quy-che-lam-viec');
  });
});

describe('document helpers', () => {
  it('should write file sizes in KB under a megabyte and in MB above, with the language’s decimal mark', () => {
    expect(formatFileSize(51_200, 'vi')).toBe('50 KB');
    expect(formatFileSize(300, 'vi')).toBe('1 KB');
    expect(formatFileSize(1_572_864, 'vi')).toBe('1,5 MB');
    expect(formatFileSize(1_572_864, 'en')).toBe('1.5 MB');
    expect(formatFileSize(12 * 1024 * 1024, 'vi')).toBe('12 MB');
  });

  it('should name file types as people do', () => {
    expect(fileTypeLabel('application/pdf', 'a.pdf')).toBe('PDF');
    expect(fileTypeLabel('application/x-unknown', 'bang-ke.odg')).toBe('ODG');
  });

  it('should map validity to schema.org legal force', () => {
    expect(legalForce('in_force')).toBe('InForce');
    expect(legalForce('partially_expired')).toBe('PartiallyInForce');
    for (const s of ['not_yet_effective', 'suspended', 'expired', 'replaced'] as const) expect(legalForce(s)).toBe('NotInForce');
  });

  it('should leave out filter values the API would refuse', () => {
    expect(filtersFromQuery({ loai: 'khong-co', cap: 'village', nam: '1800', 'hieu-luc': 'gone', 'linh-vuc': 'Đất', q: '  ' })).toEqual({
      type: null,
      issuer: null,
      year: null,
      field: null,
      status: null,
      q: '',
    });
  });
});

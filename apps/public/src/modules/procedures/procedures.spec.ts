import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type RouteLocationNormalized } from 'vue-router';
import type { PublicProcedure, PublicProcedurePage, PublicProcedureSummary } from '@congxa/shared/dto/procedures';
import { runLoader } from '../../core/loader';
import { ApiRequestError, type Fetcher, type PortalApi } from '../../core/http';
import { render } from '../../entry-server';
import { portalRoutes } from '../../routes';
import { groupByField, procedureFiltersFromQuery } from './api';

const ORIGIN = 'https://xa.example.gov.vn';
const HO_TICH = { name: 'Hộ tịch', slug: 'ho-tich' };
const CHUNG_THUC = { name: 'Chứng thực', slug: 'chung-thuc' };

const summary = (slug: string, code: string, title: string, over: Partial<PublicProcedureSummary> = {}): PublicProcedureSummary => ({
  id: `id-${slug}`,
  slug,
  title,
  code,
  level: { code: 'commune', label: 'Cấp xã' },
  field: HO_TICH,
  agency: 'Ủy ban nhân dân xã Ân Hảo Đông',
  processingTime: 'Ngay trong ngày',
  fees: 'Miễn lệ phí',
  submit: { inPerson: true, online: true, byPost: false },
  publishedAt: '2026-03-02T01:00:00.000Z',
  ...over,
});

const COPY = summary('2-000815-chung-thuc-ban-sao', '2.000815', 'Chứng thực bản sao từ bản chính', {
  field: CHUNG_THUC,
  fees: '2.000 đồng/trang',
  submit: { inPerson: true, online: false, byPost: false },
});
const BIRTH = summary('1-001193-dang-ky-khai-sinh', '1.001193', 'Đăng ký khai sinh');
const MARRIAGE = summary('1-000894-dang-ky-ket-hon', '1.000894', 'Đăng ký kết hôn');

const PROCEDURE: PublicProcedure = {
  ...BIRTH,
  steps: '<p><strong>Bước 1.</strong> Nộp hồ sơ tại Bộ phận Một cửa.</p><p><strong>Bước 2.</strong> Nhận Giấy khai sinh.</p>',
  dossier: [
    {
      id: 'r1',
      name: 'Tờ khai đăng ký khai sinh theo mẫu',
      copies: '01 bản chính',
      form: {
        id: 'f1',
        name: 'to-khai-dang-ky-khai-sinh.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 20_480,
        url: '/api/v1/public/media/f1/file',
        viewUrl: '/api/v1/public/media/f1/view',
      },
    },
    { id: 'r2', name: 'Giấy chứng sinh', copies: '01 bản chính', form: null },
  ],
  applicants: 'Cha, mẹ của trẻ',
  result: 'Giấy khai sinh',
  requirements: 'Trong 60 ngày kể từ ngày sinh.',
  legalBasis: [
    { slug: 'luat-ho-tich', number: '60/2014/QH13', title: 'Luật Hộ tịch', validity: { status: 'in_force', since: '2016-01-01', reason: { vi: '', en: '' } } },
  ],
  legalBasisText: 'Nghị định số 123/2015/NĐ-CP.\nThông tư số 04/2020/TT-BTP.',
  nationalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
  notes: '',
  updatedAt: '2026-03-02T01:00:00.000Z',
};

/** The API's answers: the site, no menu, three procedures in two fields (the birth registration renamed from `dang-ky-khai-sinh`). */
function answer(path: string, asked: string[]): unknown {
  const url = new URL(path, ORIGIN);
  const route = url.pathname.replace('/api/v1', '');
  asked.push(route + url.search);
  if (route === '/public/site') return { code: '22222', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông', settings: null, banner: null };
  if (route === '/public/categories' || route === '/public/pages') return [];
  if (route === '/public/procedures') {
    const page = Number(url.searchParams.get('page'));
    const pageSize = Number(url.searchParams.get('pageSize'));
    const field = url.searchParams.get('field');
    const items = [COPY, MARRIAGE, BIRTH].filter((p) => !field || p.field?.slug === field);
    return {
      items: page === 1 ? items : [],
      page,
      pageSize,
      total: items.length,
      fields: [
        { ...CHUNG_THUC, count: 1 },
        { ...HO_TICH, count: 2 },
      ],
    } satisfies PublicProcedurePage;
  }
  const slug = route.replace('/public/procedures/', '');
  if (slug === BIRTH.slug || slug === 'dang-ky-khai-sinh') return PROCEDURE;
  if (slug === 'da-bai-bo') throw new ApiRequestError(404, 'PROCEDURE_WITHDRAWN' as string as ApiRequestError['code'], 'Đã gỡ.');
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
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('the procedures (/thu-tuc)', () => {
  it('should list the procedures by field, each with its code, name link and ways to submit', async () => {
    const { status, doc } = await renderPage('/thu-tuc');
    expect(status).toBe(200);
    const groups = [...doc.querySelectorAll('[data-testid="procedure-group"]')];
    expect(groups.map((g) => text(g.querySelector('h2')))).toEqual(['Chứng thực', 'Hộ tịch']);
    const rows = [...groups[1]!.querySelectorAll('tbody tr')];
    expect(rows.map((r) => text(r.querySelector('td')))).toEqual(['1.000894', '1.001193']);
    expect(rows[1]!.querySelector('a')?.getAttribute('href')).toBe('/thu-tuc/1-001193-dang-ky-khai-sinh');
    expect(text(rows[1]!.querySelectorAll('td')[2])).toBe('Trực tiếp, Trực tuyến');
    expect(rows[1]!.querySelector('td')?.getAttribute('data-label')).toBe('Mã thủ tục');
    expect(text(doc.querySelector('[data-testid="procedure-count"]'))).toBe('Có 3 thủ tục.');
    expect(doc.querySelector('title')?.textContent).toBe('Thủ tục hành chính – Xã Ân Hảo Đông');
    expect(doc.querySelector('[data-testid="site-menu"] a[href="/thu-tuc"]')?.textContent).toBe('Thủ tục hành chính');
  });

  it('should offer its search as a GET form with the fields to choose, and pass what is chosen to the API', async () => {
    const asked: string[] = [];
    const { doc } = await renderPage(`/thu-tuc?q=${encodeURIComponent('khai sinh')}&linh-vuc=ho-tich&cap=commune`, asked);
    const form = doc.querySelector<HTMLFormElement>('[data-testid="procedure-filters"]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/thu-tuc');
    expect(form.querySelector<HTMLInputElement>('input[name="q"]')?.getAttribute('value')).toBe('khai sinh');
    expect([...form.querySelectorAll('select[name="linh-vuc"] option')].map((o) => text(o))).toEqual(['Tất cả', 'Chứng thực (1)', 'Hộ tịch (2)']);
    expect(form.querySelector<HTMLSelectElement>('select[name="linh-vuc"] option[selected]')?.getAttribute('value')).toBe('ho-tich');
    expect(form.querySelector<HTMLSelectElement>('select[name="cap"] option[selected]')?.getAttribute('value')).toBe('commune');
    const query = new URLSearchParams(asked.find((a) => a.startsWith('/public/procedures?'))!.split('?')[1]);
    expect(Object.fromEntries(query)).toEqual({ page: '1', pageSize: '50', field: 'ho-tich', level: 'commune', q: 'khai sinh' });
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('should answer 404 past the last page, and have an English twin under /en', async () => {
    expect((await renderPage('/thu-tuc?trang=4')).status).toBe(404);
    const { doc } = await renderPage('/en/thu-tuc');
    expect(doc.querySelector('[data-testid="site-menu"] a[href="/en/thu-tuc"]')?.textContent).toBe('Administrative procedures');
    expect(doc.querySelector('[data-testid="procedure-table"] a')?.getAttribute('href')).toBe('/en/thu-tuc/2-000815-chung-thuc-ban-sao');
  });
});

describe('the page of a procedure (/thu-tuc/:slug)', () => {
  it('should show its facts, steps, dossier with the form to download, requirements and legal basis', async () => {
    const { status, doc } = await renderPage('/thu-tuc/1-001193-dang-ky-khai-sinh');
    expect(status).toBe(200);
    expect(text(doc.querySelector('h1'))).toBe('Đăng ký khai sinh');
    const meta = Object.fromEntries(
      [...doc.querySelectorAll('[data-testid="procedure-meta"] tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]),
    );
    expect(meta).toEqual({
      'Mã thủ tục': '1.001193',
      'Lĩnh vực': 'Hộ tịch',
      'Cấp thực hiện': 'Cấp xã',
      'Cơ quan thực hiện': 'Ủy ban nhân dân xã Ân Hảo Đông',
      'Đối tượng thực hiện': 'Cha, mẹ của trẻ',
      'Cách thức nộp hồ sơ': 'Trực tiếp, Trực tuyến',
      'Thời hạn giải quyết': 'Ngay trong ngày',
      'Phí, lệ phí': 'Miễn lệ phí',
      'Kết quả thực hiện': 'Giấy khai sinh',
    });
    expect(doc.querySelector('[data-testid="procedure-steps"] strong')?.textContent).toBe('Bước 1.');
    const rows = [...doc.querySelectorAll('[data-testid="procedure-dossier"] tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(rows).toEqual([
      [
        '1',
        'Tờ khai đăng ký khai sinh theo mẫu',
        '01 bản chính',
        'Tải về to-khai-dang-ky-khai-sinh.pdf (PDF, 20 KB) · Xem to-khai-dang-ky-khai-sinh.pdf (mở trong thẻ mới)',
      ],
      ['2', 'Giấy chứng sinh', '01 bản chính', 'Không có'],
    ]);
    expect(doc.querySelector('[data-testid="procedure-dossier"] a')?.getAttribute('href')).toBe('/api/v1/public/media/f1/file');
    expect(doc.querySelector('[data-testid="procedure-form-view"]')?.getAttribute('href')).toBe('/api/v1/public/media/f1/view');
    const basis = doc.querySelector('[data-testid="procedure-basis"] li')!;
    expect(basis.querySelector('a')?.getAttribute('href')).toBe('/van-ban/luat-ho-tich');
    expect(text(basis)).toBe('60/2014/QH13 – Luật Hộ tịch');
    expect(doc.querySelector('[data-testid="procedure-basis-text"]')?.textContent).toBe('Nghị định số 123/2015/NĐ-CP.\nThông tư số 04/2020/TT-BTP.');
    const national = doc.querySelector('[data-testid="procedure-national"]')!;
    expect(national.getAttribute('href')).toBe(PROCEDURE.nationalUrl);
    expect(national.getAttribute('rel')).toContain('noopener');
    expect(doc.querySelector('[data-testid="procedure-print-link"]')?.getAttribute('href')).toBe('/thu-tuc/1-001193-dang-ky-khai-sinh/in');
  });

  it('should describe itself as a schema.org GovernmentService', async () => {
    const { doc } = await renderPage('/thu-tuc/1-001193-dang-ky-khai-sinh');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Đăng ký khai sinh',
      identifier: '1.001193',
      serviceType: 'Hộ tịch',
      provider: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân xã Ân Hảo Đông' },
      areaServed: { name: 'Xã Ân Hảo Đông' },
      url: `${ORIGIN}/thu-tuc/1-001193-dang-ky-khai-sinh`,
      availableChannel: [{ name: 'Nộp trực tiếp' }, { name: 'Nộp trực tuyến', serviceUrl: PROCEDURE.nationalUrl }],
      isRelatedTo: [{ legislationIdentifier: '60/2014/QH13', url: `${ORIGIN}/van-ban/luat-ho-tich` }],
    });
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/thu-tuc/1-001193-dang-ky-khai-sinh`);
  });

  it('should give a print view with the same content, the site and the address, not indexed', async () => {
    const { status, doc } = await renderPage('/thu-tuc/1-001193-dang-ky-khai-sinh/in');
    expect(status).toBe(200);
    const print = doc.querySelector('[data-testid="procedure-print"]')!;
    expect(text(print.querySelector('.print__site'))).toContain('Xã Ân Hảo Đông');
    expect(print.querySelectorAll('[data-testid="procedure-dossier"] tbody tr')).toHaveLength(2);
    expect(text(print.querySelector('.print__url'))).toContain(`${ORIGIN}/thu-tuc/1-001193-dang-ky-khai-sinh`);
    expect(doc.querySelector('[data-testid="site-menu"]')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('should say a withdrawn procedure was taken down, in words for a procedure, and 404 an unknown one', async () => {
    const { status, doc } = await renderPage('/thu-tuc/da-bai-bo');
    expect(status).toBe(410);
    expect(doc.querySelector('h1')?.textContent).toBe('Thủ tục đã được gỡ xuống');
    expect((await renderPage('/thu-tuc/khong-co')).status).toBe(404);
  });

  it('should move an old address to the current one with a 301, the print view too', async () => {
    const api: PortalApi = { get: async <T>(path: string) => answer(path, []) as T };
    const router = createRouter({ history: createMemoryHistory(), routes: portalRoutes });
    const at = (path: string) => router.resolve(path) as RouteLocationNormalized;
    const chrome = { site: null, categories: [], pages: [] };
    expect(await runLoader({ api, to: at('/thu-tuc/dang-ky-khai-sinh?x=1'), chrome })).toMatchObject({
      status: 301,
      redirect: '/thu-tuc/1-001193-dang-ky-khai-sinh?x=1',
    });
    expect((await runLoader({ api, to: at('/thu-tuc/dang-ky-khai-sinh/in'), chrome })).redirect).toBe('/thu-tuc/1-001193-dang-ky-khai-sinh/in');
  });
});

describe('procedure helpers', () => {
  it('should leave out filter values the API would refuse', () => {
    expect(procedureFiltersFromQuery({ 'linh-vuc': 'Hộ tịch', cap: 'thon', q: '  1.001193 ' })).toEqual({ field: null, level: null, q: '1.001193' });
  });

  it('should cut the list where the field changes, a procedure without a field apart', () => {
    const none = summary('x', '9.000001', 'Khác', { field: null });
    expect(groupByField([COPY, MARRIAGE, BIRTH, none]).map((g) => [g.name, g.items.map((i) => i.code)])).toEqual([
      ['Chứng thực', ['2.000815']],
      ['Hộ tịch', ['1.000894', '1.001193']],
      [null, ['9.000001']],
    ]);
  });
});

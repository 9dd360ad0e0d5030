import type { RouteRecordRaw } from 'vue-router';
import type { PublicProcedure, PublicProcedurePage } from '@congxa/shared/dto/procedures';
import { found, moved, notFound, pageParam, type Loader } from '../../core/loader';
import { fetchProcedure, fetchProcedures, procedureFiltersFromQuery, type ProcedureFilters } from './api';
import ProcedureListPage from './components/ProcedureListPage.vue';
import ProcedurePage from './components/ProcedurePage.vue';
import ProcedurePrintPage from './components/ProcedurePrintPage.vue';

export interface ProcedureListData {
  filters: ProcedureFilters;
  page: PublicProcedurePage;
}

export interface ProcedureData {
  procedure: PublicProcedure;
}

const loadList: Loader = async ({ api, to }) => {
  const filters = procedureFiltersFromQuery(to.query);
  const page = await fetchProcedures(api, filters, pageParam(to));
  // A page past the last one is not there (the first page of an empty list is: it says so).
  if (page.page > 1 && page.items.length === 0) return notFound();
  return found<ProcedureListData>({ filters, page });
};

const loadProcedure =
  (suffix: string): Loader =>
  async ({ api, to }) => {
    const slug = String(to.params.slug);
    const procedure = await fetchProcedure(api, slug);
    // An old address of a renamed procedure: the API answers it under its current slug.
    if (procedure.slug !== slug) return moved(to, `/thu-tuc/${encodeURIComponent(slug)}${suffix}`, `/thu-tuc/${procedure.slug}${suffix}`);
    return found<ProcedureData>({ procedure });
  };

export const procedureRoutes: RouteRecordRaw[] = [
  { path: '/thu-tuc', name: 'procedures', component: ProcedureListPage, meta: { load: loadList } },
  { path: '/thu-tuc/:slug', name: 'procedure', component: ProcedurePage, meta: { load: loadProcedure('') } },
  { path: '/thu-tuc/:slug/in', name: 'procedure-print', component: ProcedurePrintPage, meta: { load: loadProcedure('/in'), layout: 'print' } },
];

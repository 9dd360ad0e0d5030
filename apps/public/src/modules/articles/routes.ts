import type { RouteRecordRaw } from 'vue-router';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicArticle, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { findCategory, found, moved, notFound, pageParam, type Loader } from '../../core/loader';
import type { MenuCategory } from '../../core/state';
import { ARTICLES_PAGE_SIZE, fetchArticle, fetchArticles } from './api';
import ArticlePage from './components/ArticlePage.vue';
import CategoryPage from './components/CategoryPage.vue';
import HomePage from './components/HomePage.vue';
import NewsPage from './components/NewsPage.vue';
import PrintPage from './components/PrintPage.vue';

export interface HomeData {
  latest: PublicArticleSummary[];
  blocks: { category: MenuCategory; items: PublicArticleSummary[] }[];
}

export interface ArticleData {
  article: PublicArticle;
  related: PublicArticleSummary[];
}

export interface ListData {
  page: Page<PublicArticleSummary>;
  category: MenuCategory | null;
  parent: MenuCategory | null;
}

/** How many categories get a block of their latest news on the home page. */
const HOME_BLOCKS = 6;

const loadHome: Loader = async ({ api, chrome }) => {
  const top = chrome.categories.slice(0, HOME_BLOCKS);
  const [latest, ...blocks] = await Promise.all([
    fetchArticles(api, { pageSize: 13 }),
    ...top.map((c) => fetchArticles(api, { pageSize: 4, category: c.slug })),
  ]);
  return found<HomeData>({
    latest: latest.items,
    blocks: top.map((category, i) => ({ category, items: blocks[i]!.items })).filter((b) => b.items.length > 0),
  });
};

const loadArticle =
  (withRelated: boolean): Loader =>
  async ({ api, to }) => {
    const slug = String(to.params.slug);
    const article = await fetchArticle(api, slug);
    // An old address of a renamed article: the API answers the article under its current slug.
    if (article.slug !== slug) return moved(to, `/tin-tuc/${encodeURIComponent(slug)}`, `/tin-tuc/${article.slug}`);
    const related =
      withRelated && article.category
        ? (await fetchArticles(api, { pageSize: 5, category: article.category.slug }).catch(() => ({ items: [] }))).items
            .filter((a) => a.id !== article.id)
            .slice(0, 4)
        : [];
    return found<ArticleData>({ article, related });
  };

/** A list page past its last page is not there. */
const listResult = (page: Page<PublicArticleSummary>, category: MenuCategory | null, parent: MenuCategory | null) =>
  page.page > 1 && page.items.length === 0 ? notFound() : found<ListData>({ page, category, parent });

const loadNews: Loader = async ({ api, to }) => listResult(await fetchArticles(api, { page: pageParam(to), pageSize: ARTICLES_PAGE_SIZE }), null, null);

const loadCategory: Loader = async ({ api, to, chrome }) => {
  const match = findCategory(chrome.categories, String(to.params.slug));
  if (!match) return notFound();
  const page = await fetchArticles(api, { page: pageParam(to), pageSize: ARTICLES_PAGE_SIZE, category: match.category.slug });
  return listResult(page, match.category, match.parent);
};

export const articleRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { load: loadHome } },
  { path: '/tin-tuc', name: 'news', component: NewsPage, meta: { load: loadNews } },
  { path: '/tin-tuc/:slug', name: 'article', component: ArticlePage, meta: { load: loadArticle(true) } },
  { path: '/tin-tuc/:slug/in', name: 'article-print', component: PrintPage, meta: { load: loadArticle(false), layout: 'print' } },
  { path: '/chuyen-muc/:slug', name: 'category', component: CategoryPage, meta: { load: loadCategory } },
];

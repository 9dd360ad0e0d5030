import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView, type RouteRecordRaw } from 'vue-router';
import { sitePermissions, type SiteRole } from '@congxa/shared/authz';
import type { MemberResponse } from '@congxa/shared/dto/members';
import { createAppI18n } from '../../i18n';
import { useSessionStore } from '../auth/stores/session';

export const SITE = { id: 's1', code: '99999', slug: 'an-hao-dong', name: 'Xã Ân Hảo Đông' };

export function sampleMember(overrides: Partial<MemberResponse> = {}): MemberResponse {
  return {
    id: 'm1',
    userId: 'u1',
    email: 'lan@xa.vn',
    fullName: 'Nguyễn Thị Lan',
    role: 'contributor',
    isStaff: false,
    activated: true,
    fields: [],
    revision: 1,
    createdAt: '2025-03-01T02:00:00.000Z',
    updatedAt: '2025-03-01T02:00:00.000Z',
    ...overrides,
  };
}

/** Mounts `routes` at `path` with a signed-in user (a member with `role`, or a platform admin). */
export async function mountAt(routes: RouteRecordRaw[], path: string, who: { role: SiteRole | null; isPlatformAdmin?: boolean }) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSessionStore();
  session.user = { id: 'me', email: 'me@xa.vn', fullName: 'Tôi', isPlatformAdmin: who.isPlatformAdmin ?? false };
  session.memberships = who.role ? [{ site: SITE, role: who.role, isStaff: true, fields: [], permissions: sitePermissions(who.role, false) }] : [];
  session.status = 'authenticated';
  const Stub = defineComponent({ render: () => h('p', 'stub') });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...routes, { path: '/sites/:site/outbox', name: 'outbox', component: Stub }, { path: '/sites/:site/:rest(.*)', name: 'other', component: Stub }],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(RouterView, { global: { plugins: [pinia, createAppI18n('vi'), router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

/** Clicks a control found in the whole document (dialogs are teleported to <body>). */
export function inDocument<T extends Element = HTMLElement>(selector: string): T {
  const el = document.body.querySelector<T>(selector);
  if (!el) throw new Error(`${selector} not found in ${document.body.innerHTML.slice(0, 2000)}`);
  return el;
}

import type { RouteRecordRaw } from 'vue-router';

export const authRoutes: RouteRecordRaw[] = [
  {
    path: '/dang-nhap',
    name: 'login',
    component: () => import('./components/LoginPage.vue'),
    meta: { guestOnly: true, titleKey: 'login.title' },
  },
  {
    path: '/quen-mat-khau',
    name: 'forgot-password',
    component: () => import('./components/ForgotPasswordPage.vue'),
    meta: { guestOnly: true, titleKey: 'forgot.title' },
  },
  {
    path: '/dat-mat-khau',
    name: 'set-password',
    component: () => import('./components/SetPasswordPage.vue'),
    meta: { titleKey: 'setPassword.title' },
  },
];

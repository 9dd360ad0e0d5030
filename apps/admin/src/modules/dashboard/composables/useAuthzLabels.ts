import { useI18n } from 'vue-i18n';
import { PERMISSIONS, ROLE_LABELS, type Permission, type SiteRole } from '@congxa/shared/authz';

type Lang = 'vi' | 'en';

function asLang(locale: string): Lang {
  return locale === 'en' ? 'en' : 'vi';
}

/** The label of a site role in the given UI language ("chief" → "Trưởng ban biên tập"). */
export function roleLabel(role: SiteRole, locale: string): string {
  return ROLE_LABELS[role]?.[asLang(locale)] ?? role;
}

/** The label of a permission in the given UI language; an unknown name is shown as is. */
export function permissionLabel(permission: Permission, locale: string): string {
  return PERMISSIONS[permission]?.[asLang(locale)] ?? permission;
}

/** Role and permission labels that follow the UI language switch. */
export function useAuthzLabels() {
  const { locale } = useI18n();
  return {
    roleLabel: (role: SiteRole) => roleLabel(role, locale.value),
    permissionLabel: (permission: Permission) => permissionLabel(permission, locale.value),
  };
}

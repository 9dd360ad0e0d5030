import { ROLE_LABELS, type SiteRole } from '@congxa/shared/authz';
import { useI18n } from 'vue-i18n';
import { roleGuide } from './roleGuide';

/** Role names and their plain-language explanation, in the UI language. */
export function useRoleText() {
  const { t, locale } = useI18n();
  const lang = () => (locale.value === 'en' ? 'en' : 'vi');
  const roleLabel = (role: SiteRole): string => ROLE_LABELS[role][lang()];
  const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase(lang()) + s.slice(1);

  /** The sentences that explain a role: what it may do, what it may not, whom it may add, a field rule. */
  function roleSentences(role: SiteRole): string[] {
    const guide = roleGuide(role);
    const lines = [t('members.roles.can', { list: guide.can.map((c) => t(`members.roles.capabilities.${c}`)).join(', ') })];
    if (guide.cannot.length) lines.push(t('members.roles.cannot', { list: guide.cannot.map((c) => t(`members.roles.limits.${c}`)).join(', ') }));
    if (guide.grants.length && guide.grants.length < 4) lines.push(t('members.roles.mayInvite', { roles: guide.grants.map(roleLabel).join(', ') }));
    if (guide.needsField) lines.push(t('members.roles.needsField'));
    return lines.map(capitalize);
  }

  return { roleLabel, roleSentences, lang };
}

import { useI18n } from 'vue-i18n';
import { HttpError } from '../../../core/http';
import { useFormErrors } from '../../../composables/useFormErrors';
import { badDomain, checkSite, fieldOfSiteCode, takenDomains, type SiteField, type SiteForm, type SiteProblem } from './siteForm';

const FIELDS: readonly SiteField[] = ['code', 'slug', 'name', 'domains'];

/** Errors of the site form: its own checks and the API's refusals, each beside its entry. */
export function useSiteFormErrors() {
  const { t } = useI18n();
  const errors = useFormErrors(FIELDS);

  const message = (problem: SiteProblem, form: SiteForm): string =>
    problem === 'domainFormat' ? t('platform.form.errors.domainFormat', { domain: badDomain(form.domains) ?? '' }) : t(`platform.form.errors.${problem}`);

  /** Checks the form; true when it may be sent. */
  function check(form: SiteForm, withCode: boolean): boolean {
    errors.reset();
    const problems = checkSite(form, { checkCode: withCode });
    for (const [field, problem] of Object.entries(problems) as [SiteField, SiteProblem][]) errors.setField(field, message(problem, form));
    if (errors.hasErrors()) errors.formError.value = t('platform.form.fixErrors');
    return !errors.hasErrors();
  }

  function fromError(error: unknown): void {
    errors.fromError(error);
    if (!(error instanceof HttpError)) return;
    const field = fieldOfSiteCode(error.code);
    if (!field) return;
    const taken = field === 'domains' ? takenDomains(error.details) : [];
    errors.setField(field, taken.length ? `${error.message} ${t('platform.form.taken', { domains: taken.join(', ') })}` : error.message);
    errors.formError.value = t('platform.form.fixErrors');
  }

  /** Focus the first entry with an error (keyboard and screen-reader users land on it). */
  function focusFirst(idPrefix: string): void {
    const first = FIELDS.find((f) => errors.fieldErrors[f]);
    if (!first) return;
    document.getElementById(first === 'domains' ? `${idPrefix}-domains-0` : `${idPrefix}-${first}`)?.focus();
  }

  return { ...errors, check, fromError, focusFirst };
}

import { useI18n } from 'vue-i18n';
import { HttpError } from '../../../core/http';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import type { vi } from '../i18n';

/** The refusals of the categories API that this screen explains in its own words (what to do next). */
export type CategoryErrorCode = keyof typeof vi.errors;

const CODES: readonly CategoryErrorCode[] = [
  'CATEGORY_HAS_CHILDREN',
  'CATEGORY_IN_USE',
  'CATEGORY_CYCLE',
  'CATEGORY_NOT_FOUND',
  'REVISION_CONFLICT',
  'SLUG_TAKEN',
];

/** The code of a refusal the screen explains itself, or null (then the API's own message is shown). */
export function categoryErrorCode(error: unknown): CategoryErrorCode | null {
  if (!(error instanceof HttpError)) return null;
  return (CODES as readonly string[]).includes(error.code) ? (error.code as CategoryErrorCode) : null;
}

/** After these the list on screen is out of date: reload it. */
export function needsReload(error: unknown): boolean {
  const code = categoryErrorCode(error);
  return code === 'REVISION_CONFLICT' || code === 'CATEGORY_NOT_FOUND';
}

/** The sentence for a failed call on a category: the screen's own explanation, else the API's message. */
export function useCategoryError(): (error: unknown) => string {
  const { t } = useI18n();
  const describe = useErrorMessage();
  return (error) => {
    const code = categoryErrorCode(error);
    return code ? t(`categories.errors.${code}`) : describe(error);
  };
}

import { useI18n } from 'vue-i18n';
import { HttpError } from '../core/http';

type Translate = (key: 'errors.network' | 'errors.unexpected' | 'errors.retryAfter', named?: Record<string, unknown>) => string;

/**
 * The sentence to show for a failed call. API messages are already in the user's language (the request
 * carried Accept-Language); failures that never reached the API get a translated fallback.
 */
export function describeError(error: unknown, t: Translate): string {
  if (!(error instanceof HttpError)) return t('errors.unexpected');
  if (error.code === 'NETWORK_ERROR') return t('errors.network');
  if (!error.fromApi) return t('errors.unexpected');
  if (error.retryAfter !== null && error.retryAfter > 0) {
    return `${error.message} ${t('errors.retryAfter', { seconds: error.retryAfter })}`;
  }
  return error.message;
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useI18n();
  return (error: unknown) => describeError(error, (key, named) => (named ? t(key, named) : t(key)));
}

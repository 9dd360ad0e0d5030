import { useI18n } from 'vue-i18n';
import {
  ARTICLE_ACTIONS,
  ARTICLE_KIND_LABELS,
  ARTICLE_KINDS,
  ORIGINS,
  STATE_LABELS,
  type ArticleAction,
  type ArticleKind,
  type ArticleState,
  type Origin,
} from '@congxa/shared/workflow';

/** The article kinds and origins, in the order the editor offers them. */
export const KIND_LABELS = ARTICLE_KIND_LABELS;
export const KINDS: readonly ArticleKind[] = ARTICLE_KINDS;
export const ORIGIN_VALUES: readonly Origin[] = ORIGINS;

const EXTRA_ACTIONS = ['publish_scheduled', 'unpublish_scheduled'] as const;
type HistoryAction = ArticleAction | (typeof EXTRA_ACTIONS)[number];
const REVISION_REASONS = ['create', 'edit', 'edition', 'edition_rejected', 'restore'] as const;
type RevisionReason = (typeof REVISION_REASONS)[number];

const isState = (s: string): s is ArticleState => s in STATE_LABELS;
const isHistoryAction = (a: string): a is HistoryAction =>
  (ARTICLE_ACTIONS as readonly string[]).includes(a) || (EXTRA_ACTIONS as readonly string[]).includes(a);

/** Labels of workflow states, actions and kinds that follow the UI language. Unknown names show as they are. */
export function useArticleLabels() {
  const { t, locale } = useI18n();
  const lang = () => (locale.value === 'en' ? 'en' : 'vi');
  return {
    stateLabel: (state: string | null | undefined): string => (state ? (isState(state) ? STATE_LABELS[state][lang()] : state) : ''),
    actionLabel: (action: string): string => (isHistoryAction(action) ? t(`workflow.actions.${action}`) : action),
    kindLabel: (kind: string): string => KIND_LABELS[kind as ArticleKind]?.[lang()] ?? kind,
    reasonLabel: (reason: string): string => {
      const key = reason.replace(/-/g, '_');
      return (REVISION_REASONS as readonly string[]).includes(key) ? t(`articles.history.reasons.${key as RevisionReason}`) : reason;
    },
  };
}

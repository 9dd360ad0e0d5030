export {
  ARTICLE_ALLOWED_ATTRIBUTES,
  ARTICLE_ALLOWED_TAGS,
  DEFAULT_MEDIA_URL_PATTERN,
  sanitizeArticleHtml,
  type SanitizeArticleHtmlOptions,
} from './sanitize-html';
export { diffHtml, diffText, type TextDiffSegment } from './html-diff';
export { scanClassification, type ClassificationHit, type ClassificationInput } from './classification';
export { htmlToText } from './html-tree';

import { getMetadataArgsStorage } from 'typeorm';
import { CONTENT_TYPE_NAMES, CONTENT_TYPES } from '@congxa/shared/content';
import { REVISION_REASONS } from '@congxa/shared/dto/content';
import { EDITION_STATES, LIVE_STATES } from '@congxa/shared/workflow';
import { ContentEditionEntity } from './content-edition.entity';
import { ContentItemEntity } from './content-item.entity';
import { ContentRevisionEntity, TITLE_MAX } from './content-revision.entity';

/**
 * The entity limits come from the declarations in libs/shared (style.md: "a field's name and limits
 * written out once"), or this test fails when they disagree. The migrations follow the entities: the
 * drift test in database.int-spec.ts fails when they differ, and transition.int-spec.ts reads the
 * migrated column back.
 */
describe('publishing core entities and the shared declarations', () => {
  const column = (target: Function, property: string) => getMetadataArgsStorage().columns.find((c) => c.target === target && c.propertyName === property);
  const check = (target: Function, name: string) => getMetadataArgsStorage().checks.find((c) => c.target === target && c.name === name)?.expression;
  /** The quoted values of `"col" IN ('a', 'b')`. */
  const listed = (expression: string | undefined) => [...(expression ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]).sort();

  it('should size content_revisions.title to the longest declared title limit', () => {
    expect(column(ContentRevisionEntity, 'title')?.options.length).toBe(TITLE_MAX);
    expect(Math.max(...Object.values(CONTENT_TYPES).map((schema) => schema.fields.title.max))).toBe(TITLE_MAX);
  });

  it('should allow exactly the declared content types in content_items.type', () => {
    expect(listed(check(ContentItemEntity, 'ck_content_items_type'))).toEqual([...CONTENT_TYPE_NAMES].sort());
    const longest = Math.max(...CONTENT_TYPE_NAMES.map((t) => t.length));
    expect(Number(column(ContentItemEntity, 'type')?.options.length)).toBeGreaterThanOrEqual(longest);
  });

  it('should allow exactly the workflow’s edition states and live states in the status columns', () => {
    expect(listed(check(ContentEditionEntity, 'ck_content_editions_status'))).toEqual([...EDITION_STATES].sort());
    expect(listed(check(ContentItemEntity, 'ck_content_items_live_status'))).toEqual([...LIVE_STATES].sort());
    const longest = Math.max(...[...EDITION_STATES, ...LIVE_STATES].map((s) => s.length));
    expect(Number(column(ContentEditionEntity, 'status')?.options.length)).toBeGreaterThanOrEqual(longest);
    expect(Number(column(ContentItemEntity, 'liveStatus')?.options.length)).toBeGreaterThanOrEqual(longest);
  });

  it('should allow exactly the declared revision reasons', () => {
    expect(listed(check(ContentRevisionEntity, 'ck_content_revisions_reason'))).toEqual([...REVISION_REASONS].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA } from '@congxa/shared/content';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { sampleArticle } from '../../articles/testing';
import { itemFormAdapter } from './itemForm';
import { htmlToText, useConflict } from './useConflict';

const adapter = itemFormAdapter<ArticleResponse>(ARTICLE_SCHEMA);
const base = sampleArticle({ revision: 3 });
// I changed the title and the body; they changed the summary and the body.
const mine = { ...adapter.toForm(base), title: 'Tiêu đề của tôi', body: '<p>Thân bài của tôi.</p>' };
const current = sampleArticle({ revision: 5, summary: 'Sapo của Phó ban.', body: '<p>Thân bài của Phó ban.</p>' });

function opened() {
  const c = useConflict<ArticleResponse>(adapter);
  c.open({ base, mine, current });
  return c;
}

describe('useConflict', () => {
  it('should list each field that differs with who changed it when the save was refused', () => {
    const c = opened();
    expect(c.rows.value.map((r) => [r.key, r.changedByMe, r.changedByThem, r.choice])).toEqual([
      ['title', true, false, 'mine'],
      ['summary', false, true, 'theirs'],
      ['body', true, true, 'mine'],
    ]);
    expect(c.rows.value[0]).toMatchObject({ mine: 'Tiêu đề của tôi', theirs: base.title });
  });

  it('should put my changes on top of the current revision when the user keeps theirs', () => {
    const form = opened().keepMine();
    expect(form.title).toBe('Tiêu đề của tôi');
    expect(form.body).toBe('<p>Thân bài của tôi.</p>');
    // The summary only they changed keeps their change.
    expect(form.summary).toBe('Sapo của Phó ban.');
    // Measured against the current item, a save sends only my changes.
    expect(adapter.changes(current, form)).toEqual({ title: 'Tiêu đề của tôi', body: '<p>Thân bài của tôi.</p>' });
  });

  it('should give the current version as it is when the user takes it', () => {
    expect(adapter.changes(current, opened().takeTheirs())).toEqual({});
  });

  it('should mix the versions field by field as chosen', () => {
    const c = opened();
    c.choose('body', 'theirs');
    c.choose('summary', 'mine');
    const form = c.merged();
    expect(form.title).toBe('Tiêu đề của tôi');
    expect(form.body).toBe('<p>Thân bài của Phó ban.</p>');
    expect(form.summary).toBe(base.summary);
  });

  it('should treat every difference as mine when the base is unknown (a draft from an older revision)', () => {
    const c = useConflict<ArticleResponse>(adapter);
    c.open({ base: null, mine, current });
    expect(c.rows.value.every((r) => r.choice === 'mine')).toBe(true);
    c.close();
    expect(c.isOpen.value).toBe(false);
  });
});

describe('htmlToText', () => {
  it('should keep paragraphs, list items and image descriptions on their own lines', () => {
    expect(htmlToText('<h2>Tin</h2><p>Xã&nbsp;ra quân &amp; dọn đường.</p><ul><li>Một</li><li>Hai</li></ul><p><img src="x" alt="Đường mới"></p>')).toBe(
      'Tin\nXã ra quân & dọn đường.\n• Một\n• Hai\n[Đường mới]',
    );
  });
});

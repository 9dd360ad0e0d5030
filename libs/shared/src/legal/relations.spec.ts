import { isRelationKind, RELATION_KIND_CODES, RELATION_KINDS, relationEffect, relationLabel, type RelationEffect, type RelationKind } from './relations';

/** What each relation does to the document it acts on, transcribed independently. */
const EFFECTS: Record<RelationKind, RelationEffect> = {
  replaces: 'replaced',
  repeals: 'repealed',
  partially_repeals: 'partially_repealed',
  amends: 'amended',
  suspends: 'suspended',
  guides: 'none',
  based_on: 'none',
};

describe('RELATION_KINDS', () => {
  it('should give each kind its effect on the document acted on', () => {
    expect(Object.fromEntries(RELATION_KIND_CODES.map((k) => [k, relationEffect(k)]))).toEqual(EFFECTS);
  });

  it('should label every kind both ways in both languages, no two labels alike', () => {
    for (const lang of ['vi', 'en'] as const) {
      const labels = RELATION_KINDS.flatMap((r) => [relationLabel(r.kind, 'outgoing', lang), relationLabel(r.kind, 'incoming', lang)]);
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it.each([
    ['replaces', 'outgoing', 'vi', 'Thay thế'],
    ['replaces', 'incoming', 'vi', 'Bị thay thế bởi'],
    ['replaces', 'incoming', 'en', 'Replaced by'],
    ['amends', 'incoming', 'vi', 'Được sửa đổi, bổ sung bởi'],
    ['guides', 'incoming', 'en', 'Guided by'],
    ['partially_repeals', 'outgoing', 'en', 'Partially repeals'],
    ['based_on', 'outgoing', 'vi', 'Căn cứ'],
  ] as const)('should label %s %s in %s as "%s"', (kind, direction, lang, label) => {
    expect(relationLabel(kind, direction, lang)).toBe(label);
  });

  it('should tell a kind from anything else', () => {
    expect(isRelationKind('suspends')).toBe(true);
    expect(isRelationKind('replaced_by')).toBe(false);
  });

  it('should throw on a kind that is not in the table', () => {
    expect(() => relationEffect('cancels' as RelationKind)).toThrow(RangeError);
  });
});

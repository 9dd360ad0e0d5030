import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ItemListQuery, PresenceRequest } from './content';

const check = <T extends object>(cls: new () => T, plain: object) => {
  const obj = plainToInstance(cls, plain);
  return { obj, rules: validateSync(obj).flatMap((e) => Object.keys(e.constraints ?? {}).map((rule) => `${e.property}:${rule}`)) };
};

describe('ItemListQuery (staff list filters)', () => {
  it('should take one status or several separated by commas', () => {
    expect(check(ItemListQuery, { status: 'draft' })).toMatchObject({ obj: { status: ['draft'] }, rules: [] });
    expect(check(ItemListQuery, { status: 'submitted,in_review' })).toMatchObject({ obj: { status: ['submitted', 'in_review'] }, rules: [] });
  });

  it('should refuse an unknown or empty status, naming the field', () => {
    for (const status of ['drafts', 'draft,', '', 'draft,,submitted', 'superseded']) expect(check(ItemListQuery, { status }).rules).toEqual(['status:isIn']);
  });

  it('should take ids, days and moments, and refuse the rest by field', () => {
    const id = '5f0c4b9e-4a0e-4d5b-9d6e-2f1f3f6a7b8c';
    const ok = {
      fieldId: id,
      authorId: id,
      categoryId: id,
      updatedFrom: '2026-12-01',
      updatedTo: '2026-12-05T08:00:00+07:00',
      q: 'Hà Nội',
      sort: 'title',
      order: 'asc',
    };
    expect(check(ItemListQuery, ok).rules).toEqual([]);
    const bad = {
      fieldId: 'x',
      authorId: '1',
      categoryId: '',
      updatedFrom: '2026-13-01',
      updatedTo: '2026-12-05T08:00',
      q: 'x'.repeat(201),
      sort: 'author',
      order: 'up',
    };
    expect(check(ItemListQuery, bad).rules.sort()).toEqual(
      [
        'authorId:isUuid',
        'categoryId:isUuid',
        'fieldId:isUuid',
        'order:isIn',
        'q:maxLength',
        'sort:isIn',
        'updatedFrom:isDateOrDateTime',
        'updatedTo:isDateOrDateTime',
      ].sort(),
    );
  });
});

describe('PresenceRequest', () => {
  it('should need editing as a boolean', () => {
    expect(check(PresenceRequest, { editing: true }).rules).toEqual([]);
    expect(check(PresenceRequest, {}).rules).toEqual(['editing:isBoolean']);
    expect(check(PresenceRequest, { editing: 'yes' }).rules).toEqual(['editing:isBoolean']);
  });
});

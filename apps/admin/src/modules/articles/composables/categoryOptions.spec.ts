import { describe, expect, it } from 'vitest';
import type { CategoryResponse } from '@congxa/shared/dto/categories';
import { categoryOptions } from './categoryOptions';

const cat = (id: string, name: string, parentId: string | null = null, position = 0): CategoryResponse => ({
  id,
  name,
  parentId,
  position,
  slug: id,
  revision: 1,
});

describe('categoryOptions', () => {
  it('should put children under their parent, indented, when the tree has two levels', () => {
    const options = categoryOptions([
      cat('tb', 'Thông báo', null, 2),
      cat('kt', 'Kinh tế', null, 1),
      cat('nn', 'Nông nghiệp', 'kt', 1),
      cat('dl', 'Du lịch', 'kt', 0),
    ]);
    expect(options.map((o) => [o.id, o.depth])).toEqual([
      ['kt', 0],
      ['dl', 1],
      ['nn', 1],
      ['tb', 0],
    ]);
    expect(options[1].label).toBe('\u00a0\u00a0\u00a0└ Du lịch');
    expect(options[0].label).toBe('Kinh tế');
  });

  it('should sort siblings of equal position in Vietnamese order when positions tie', () => {
    expect(categoryOptions([cat('z', 'Đời sống'), cat('a', 'Dân vận'), cat('b', 'Y tế')]).map((o) => o.name)).toEqual(['Dân vận', 'Đời sống', 'Y tế']);
  });

  it('should still list a category whose parent is missing when the tree is inconsistent', () => {
    expect(categoryOptions([cat('x', 'Mồ côi', 'khong-co')]).map((o) => [o.id, o.depth])).toEqual([['x', 0]]);
  });
});

import { describe, expect, it } from 'vitest';
import { createAppI18n } from './index';
import { compileMessage } from './compile';
import { en } from './en';
import { vi } from './vi';

function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}

describe('compileMessage', () => {
  it('should compile every message of both languages', () => {
    for (const [key, message] of [...leaves(vi), ...leaves(en)]) {
      expect(() => compileMessage(message, { key, locale: 'vi' } as never)).not.toThrow();
    }
  });

  it('should interpolate named and list values, keep literals, and pick plural cases', () => {
    const i18n = createAppI18n('vi');
    const { t } = i18n.global;
    i18n.global.setLocaleMessage('vi', {
      ...vi,
      probe: {
        named: 'Xin chào {name}!',
        list: '{0} và {1}',
        literal: "ubnd{'@'}xa.gov.vn {'|'} {'{'}",
        plural: 'Không có mục nào | 1 mục | {count} mục',
        braces: "{'{'} {n} | {'}'}{n}{'|'}",
      },
    } as never);
    expect(t('probe.named' as never, { name: 'Lan' })).toBe('Xin chào Lan!');
    expect(t('probe.list' as never, ['A', 'B'])).toBe('A và B');
    expect(t('probe.literal' as never)).toBe('ubnd@xa.gov.vn | {');
    expect(t('probe.plural' as never, 0)).toBe('Không có mục nào');
    expect(t('probe.plural' as never, 1)).toBe('1 mục');
    expect(t('probe.plural' as never, 7)).toBe('7 mục');
    expect(t('probe.braces' as never, { n: 2 })).toBe('}2|');
  });

  it('should refuse the syntax it does not know instead of showing it raw', () => {
    expect(() => compileMessage('Xem @:other', { key: 'k' } as never)).toThrow(/must be written/);
    expect(() => compileMessage('Giá {price | money}', { key: 'k' } as never)).toThrow(/not a placeholder/);
    expect(() => compileMessage('Thiếu {name', { key: 'k' } as never)).toThrow(/not closed/);
  });
});

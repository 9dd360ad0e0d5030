import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import { INT32_MAX, IsIntBetween, IsOptionalNotNull, IsOptionalOrNull, QueryInt } from './validators';

class Probe {
  @IsOptionalNotNull()
  @IsString()
  name?: string;

  @IsOptionalOrNull()
  @IsString()
  note?: string | null;

  @IsOptionalNotNull()
  @IsIntBetween(1)
  count?: number;

  @IsOptionalNotNull()
  @QueryInt()
  @IsIntBetween(1, 100)
  page?: number;
}

const rules = (plain: object) =>
  validateSync(plainToInstance(Probe, plain)).flatMap((e) => Object.keys(e.constraints ?? {}).map((rule) => `${e.property}:${rule}`));

describe('request validators', () => {
  it('should let an absent field pass and refuse null where null means nothing', () => {
    expect(rules({})).toEqual([]);
    expect(rules({ name: null })).toEqual(['name:isString']);
    expect(rules({ note: null })).toEqual([]);
  });

  it('should bound integers to PostgreSQL integer range by default', () => {
    expect(rules({ count: INT32_MAX })).toEqual([]);
    expect(rules({ count: INT32_MAX + 1 })).toEqual(['count:max']);
    expect(rules({ count: 1e21 })).toEqual(['count:max']);
    expect(rules({ count: 0 })).toEqual(['count:min']);
  });

  it('should read query integers from digits only', () => {
    expect(rules({ page: '7' })).toEqual([]);
    expect(rules({ page: '99999999999999999999' })).toEqual(['page:max']);
    for (const page of ['1e2', '0x10', ' 1', '', 'abc', '1.0']) expect(rules({ page }).every((r) => r.startsWith('page:'))).toBe(true);
    for (const page of ['1e2', '0x10', ' 1', '', 'abc', '1.0']) expect(rules({ page })).toContain('page:isInt');
  });
});

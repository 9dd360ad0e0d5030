import { ValidationFailed } from '../errors/error.filter';
import { PositiveIntPipe } from './int.pipe';

describe('PositiveIntPipe', () => {
  const pipe = new PositiveIntPipe();
  const rule = (value: string) => {
    try {
      pipe.transform(value, { type: 'param', data: 'number' });
      return null;
    } catch (err) {
      return (err as ValidationFailed).fields[0];
    }
  };

  it('should take a revision number from 1 to 2^31 - 1', () => {
    expect(pipe.transform('1', { type: 'param', data: 'number' })).toBe(1);
    expect(pipe.transform('2147483647', { type: 'param', data: 'number' })).toBe(2147483647);
  });

  it('should refuse anything else with the parameter named, never pass it on out of range', () => {
    expect(rule('2147483648')).toEqual({ field: 'number', rule: 'max' });
    expect(rule('99999999999')).toEqual({ field: 'number', rule: 'max' });
    expect(rule('99999999999999999999')).toEqual({ field: 'number', rule: 'max' });
    expect(rule('0')).toEqual({ field: 'number', rule: 'min' });
    for (const bad of ['1e3', '-1', 'abc', '', '1.5', ' 1']) expect(rule(bad)).toEqual({ field: 'number', rule: 'isInt' });
  });
});

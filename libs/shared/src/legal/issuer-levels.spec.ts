import { CURRENT_ISSUER_LEVELS, ISSUER_LEVEL_CODES, ISSUER_LEVELS, isIssuerLevel } from './issuer-levels';

describe('ISSUER_LEVELS', () => {
  it('should list commune, district, province and central, from the closest to the farthest', () => {
    expect(ISSUER_LEVEL_CODES).toEqual(['commune', 'district', 'province', 'central']);
    expect(ISSUER_LEVELS.map((l) => l.label.vi)).toEqual(['Cấp xã', 'Cấp huyện', 'Cấp tỉnh', 'Trung ương']);
  });

  it('should mark only the district level as historical, since local government has two tiers from 1 July 2025', () => {
    expect(CURRENT_ISSUER_LEVELS).toEqual(['commune', 'province', 'central']);
  });

  it('should tell a level code from anything else', () => {
    expect(isIssuerLevel('district')).toBe(true);
    expect(isIssuerLevel('xa')).toBe(false);
    expect(isIssuerLevel('')).toBe(false);
  });
});

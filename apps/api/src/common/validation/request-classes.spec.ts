import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import * as account from '@congxa/shared/dto/account';
import * as articles from '@congxa/shared/dto/articles';
import * as audit from '@congxa/shared/dto/audit';
import * as auth from '@congxa/shared/dto/auth';
import * as categories from '@congxa/shared/dto/categories';
import * as common from '@congxa/shared/dto/common';
import * as fields from '@congxa/shared/dto/fields';
import * as media from '@congxa/shared/dto/media';
import * as members from '@congxa/shared/dto/members';
import * as notifications from '@congxa/shared/dto/notifications';
import * as pages from '@congxa/shared/dto/pages';
import * as publicArticles from '@congxa/shared/dto/public-articles';
import * as sites from '@congxa/shared/dto/sites';
import * as text from '@congxa/shared/dto/text';
import { INT32_MAX } from '@congxa/shared/dto/validators';

/**
 * Rules every request class of libs/shared keeps, checked over all of them (a new class is checked
 * without being listed): `null` is refused except where it clears a value, every integer is bounded,
 * dates go through the shared date decorators.
 */

/** The fields whose `null` means "clear it" (and whose services store that). */
const NULL_CLEARS = new Set([
  // Built from the content schema: references and the text fields declared nullable.
  ...['CreateArticleRequest', 'UpdateArticleRequest'].flatMap((c) =>
    ['categoryId', 'fieldId', 'coverMediaId', 'sourceReference', 'collectorName', 'collectorAddress'].map((f) => `${c}.${f}`),
  ),
  ...['CreatePageRequest', 'UpdatePageRequest'].flatMap((c) => ['fieldId', 'coverMediaId'].map((f) => `${c}.${f}`)),
  // A top-level page.
  'PagePlacementFields.parentId',
  'UpdateCategoryRequest.parentId',
  // A media item's caption; the portal footer's, banner's, social links' and logo's settings (each may be left unset).
  'UpdateMediaRequest.caption',
  ...[
    'governingBody',
    'address',
    'phone',
    'email',
    'responsiblePerson',
    'licence',
    'bannerText',
    'bannerEndsAt',
    'footerNote',
    'facebookUrl',
    'zaloUrl',
    'youtubeUrl',
    'logoMediaId',
  ].map((f) => `UpdateSiteSettingsRequest.${f}`),
  // The banner switched off (text null), or shown until switched off (no end time).
  'UpdateSiteBannerRequest.text',
  'UpdateSiteBannerRequest.endsAt',
]);

type Rule = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

const requestClasses = [account, articles, pages, audit, auth, categories, common, fields, media, members, notifications, publicArticles, sites, text]
  .flatMap((mod) => Object.values(mod))
  .filter((v): v is new () => object => typeof v === 'function' && getMetadataStorage().getTargetValidationMetadatas(v, '', true, false).length > 0);

function properties(cls: new () => object): Map<string, Rule[]> {
  const out = new Map<string, Rule[]>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) out.set(m.propertyName, [...(out.get(m.propertyName) ?? []), m]);
  return out;
}

/** The class that declares `prop` (walking up the prototype chain), for the allowlist. */
function owner(cls: new () => object, prop: string): string {
  let c: unknown = cls;
  let last = cls.name;
  while (typeof c === 'function' && c !== Function.prototype) {
    if (
      getMetadataStorage()
        .getTargetValidationMetadatas(c as new () => object, '', true, false)
        .some((m) => m.propertyName === prop && m.target === c)
    )
      last = (c as { name: string }).name;
    c = Object.getPrototypeOf(c);
  }
  return last;
}

describe('request classes', () => {
  it('should find the request classes to check', () => {
    expect(requestClasses.length).toBeGreaterThan(20);
  });

  it('should refuse null for every field except those where null clears the value', () => {
    const nullPasses: string[] = [];
    for (const cls of requestClasses) {
      for (const prop of properties(cls).keys()) {
        const errors = validateSync(plainToInstance(cls, { [prop]: null }));
        if (!errors.some((e) => e.property === prop)) nullPasses.push(`${owner(cls, prop)}.${prop}`);
      }
    }
    expect([...new Set(nullPasses)].sort()).toEqual([...NULL_CLEARS].sort());
  });

  it('should bound every integer field by at most 2^31 - 1', () => {
    const unbounded: string[] = [];
    for (const cls of requestClasses) {
      for (const [prop, rules] of properties(cls)) {
        if (!rules.some((r) => r.name === 'isInt')) continue;
        const max = rules.find((r) => r.name === 'max')?.constraints[0] as number | undefined;
        if (max === undefined || max > INT32_MAX) unbounded.push(`${cls.name}.${prop}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('should take dates only through the shared date decorators (not @IsISO8601 or @IsDateString)', () => {
    const loose = requestClasses.flatMap((cls) =>
      [...properties(cls)].filter(([, rules]) => rules.some((r) => r.name === 'isISO8601' || r.name === 'isDateString')).map(([prop]) => `${cls.name}.${prop}`),
    );
    expect(loose).toEqual([]);
  });
});

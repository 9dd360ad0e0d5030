import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsIntBetween, IsOptionalNotNull } from './validators';

export const SITE_CODE_PATTERN = /^\d{5}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A site slug must not look like a commune code: `:site` in routes reads 5 digits as a code. */
export const SITE_SLUG_NOT_CODE = /^(?!\d{5}$)/;

/** Domains are compared in lower case: "XaAnHao.gov.vn" is stored as "xaanhao.gov.vn". */
const LowerCaseDomains = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value,
  );

/** A host name as sent in the Host header, without port: "xa-an-hao-dong.gov.vn", "localhost". */
export const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export class CreateSiteRequest {
  /** Commune code (mã đơn vị hành chính, Decision 19/2025/QĐ-TTg): 5 digits. */
  @Matches(SITE_CODE_PATTERN)
  code!: string;

  @Matches(SLUG_PATTERN)
  @Matches(SITE_SLUG_NOT_CODE)
  @MaxLength(60)
  slug!: string;

  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @IsOptionalNotNull()
  @LowerCaseDomains()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(DOMAIN_PATTERN, { each: true })
  domains?: string[];
}

export class UpdateSiteRequest {
  @IsIntBetween(1)
  revision!: number;

  @IsOptionalNotNull()
  @Matches(SLUG_PATTERN)
  @Matches(SITE_SLUG_NOT_CODE)
  @MaxLength(60)
  slug?: string;

  @IsOptionalNotNull()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @IsOptionalNotNull()
  @LowerCaseDomains()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(DOMAIN_PATTERN, { each: true })
  domains?: string[];
}

export interface SiteResponse {
  id: string;
  code: string;
  slug: string;
  name: string;
  domains: string[];
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** What the public portal learns about the site it is serving. */
export interface PublicSiteResponse {
  code: string;
  slug: string;
  name: string;
}

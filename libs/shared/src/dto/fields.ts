import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsIntBetween, IsOptionalNotNull } from './validators';

export class CreateFieldRequest {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;
}

export class UpdateFieldRequest {
  @IsIntBetween(1)
  revision!: number;

  @IsOptionalNotNull()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name?: string;
}

export interface FieldResponse {
  id: string;
  name: string;
  slug: string;
  memberCount: number;
  revision: number;
}

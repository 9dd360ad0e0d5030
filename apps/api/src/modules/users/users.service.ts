import { Injectable } from '@nestjs/common';
import { UsersRepository } from './users.repository';

/** What other modules may ask about people. */
@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  /** Names of people, for showing who did what. */
  namesOf(ids: (string | null | undefined)[]): Promise<{ id: string; fullName: string }[]> {
    return this.users.namesOf(ids);
  }
}

import { Init1795919490990 } from './1795919490990-Init';
import { AuditImmutable1795919500000 } from './1795919500000-AuditImmutable';

// Every migration, in order. Generated ones come from `npm run cli -- migration:generate <Name>`; never edit
// one after it has landed: add a new one.
export const MIGRATIONS: Function[] = [Init1795919490990, AuditImmutable1795919500000];

import type { PROCEDURE_SCHEMA } from '@congxa/shared/content';
import type { ProcedureResponse } from '@congxa/shared/dto/procedures';
import { itemApi, type ItemCreate, type ItemUpdate } from '../content/api';

type ProcedureFields = typeof PROCEDURE_SCHEMA.fields;
export type ProcedureCreate = ItemCreate<ProcedureFields>;
export type ProcedureUpdate = ItemUpdate<ProcedureFields>;

/** `/sites/:site/procedures…`: the publishing core's routes for administrative procedures (Thủ tục hành chính). */
export const procedureApi = itemApi<ProcedureResponse, ProcedureCreate, ProcedureUpdate>('procedures');

import { PROCEDURE_SCHEMA } from '@congxa/shared/content';
import type { ProcedureResponse } from '@congxa/shared/dto/procedures';
import { itemFormAdapter } from '../content/composables/itemForm';
import { defineItemType } from '../content/itemType';
import { procedureApi } from './api';

export const procedureFormAdapter = itemFormAdapter<ProcedureResponse>(PROCEDURE_SCHEMA);

/**
 * The administrative procedure editor: `PROCEDURE_SCHEMA`'s fields in the national procedure pages' order —
 * the procedure and who carries it out; how it is done (ways to submit, time, fees, result, requirements);
 * the steps; the dossier as rows with their form templates; the legal basis — drawn by the generic
 * `ItemEditorPage`.
 */
export const procedureType = defineItemType<ProcedureResponse>({
  schema: PROCEDURE_SCHEMA,
  api: procedureApi,
  form: procedureFormAdapter,
  idPrefix: 'procedure',
  routes: { list: 'procedures', edit: 'procedure-edit' },
  labels: { back: 'procedures.editor.back', notFound: 'procedures.editor.notFound' },
  hints: {
    code: 'procedures.editor.codeHint',
    fieldId: 'procedures.editor.fieldHint',
    processingTime: 'procedures.editor.timeHint',
    fees: 'procedures.editor.feesHint',
    dossier: 'procedures.editor.dossierHint',
    legalBasis: 'procedures.editor.legalBasisHint',
    legalBasisText: 'procedures.editor.legalBasisTextHint',
    nationalUrl: 'procedures.editor.nationalUrlHint',
  },
  invalidMessages: {
    code: 'procedures.editor.codeInvalid',
    nationalUrl: 'procedures.editor.nationalUrlInvalid',
    dossier: 'procedures.editor.dossierInvalid',
    legalBasis: 'procedures.editor.legalBasisInvalid',
  },
  panels: [
    { key: 'identity', legend: 'procedures.editor.identity', fields: ['code', 'title', 'fieldId', 'level', 'agency', 'applicants'] },
    {
      key: 'how',
      legend: 'procedures.editor.how',
      fields: ['submitInPerson', 'submitOnline', 'submitByPost', 'processingTime', 'fees', 'result', 'requirements'],
    },
    { key: 'steps', legend: 'procedures.editor.steps', fields: ['steps'] },
    { key: 'dossier', legend: 'procedures.editor.dossier', fields: ['dossier'] },
    { key: 'basis', legend: 'procedures.editor.basis', fields: ['legalBasis', 'legalBasisText', 'nationalUrl', 'notes', 'slug'] },
  ],
  publicPath: (p) => (p.liveStatus === 'published' ? `/thu-tuc/${p.slug}` : null),
});

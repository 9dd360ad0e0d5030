import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { PAGE_SCHEMA } from '@congxa/shared/content';
import { WORKFLOW_MOVES } from '@congxa/shared/workflow';
import { createAppI18n, type AppLocale } from '../../../i18n';
import { systemActorName, useItemLabels } from './labels';

function labelsIn(locale: AppLocale): ReturnType<typeof useItemLabels> {
  let labels!: ReturnType<typeof useItemLabels>;
  mount(
    defineComponent({
      setup() {
        labels = useItemLabels();
        return () => h('div');
      },
    }),
    { global: { plugins: [createAppI18n(locale)] } },
  );
  return labels;
}

describe('useItemLabels', () => {
  it('should name every move of the transition table, the scheduler’s included, in both languages', () => {
    for (const locale of ['vi', 'en'] as const) {
      const { actionLabel } = labelsIn(locale);
      for (const move of WORKFLOW_MOVES) expect(actionLabel(move)).not.toBe(move);
    }
    const vi = labelsIn('vi');
    expect(vi.actionLabel('publish_scheduled')).toBe('Đăng theo giờ hẹn');
    expect(vi.actionLabel('schedule')).toBe('Duyệt, hẹn giờ đăng');
    expect(vi.actionLabel('teleport')).toBe('teleport');
  });

  it('should label states from the shared table and revision reasons from the typed list', () => {
    const { stateLabel, reasonLabel } = labelsIn('en');
    expect(stateLabel('pending_approval')).toBe('Awaiting approval');
    expect(stateLabel('superseded')).toBe('Superseded');
    expect(reasonLabel('import')).toBe('Imported from a file');
    expect(reasonLabel('edition')).toBe('New edition opened');
    expect(reasonLabel('edition-rejected')).toBe('edition-rejected');
  });

  it('should say which system acted when a history row has no person', () => {
    const { actorLabel } = labelsIn('vi');
    expect(actorLabel({ actor: { fullName: 'Nguyễn Văn Trưởng' }, systemActor: null })).toBe('Nguyễn Văn Trưởng');
    expect(actorLabel({ actor: null, systemActor: 'SYSTEM:scheduler' })).toBe('Hệ thống (hẹn giờ)');
    expect(actorLabel({ actor: null, systemActor: 'SYSTEM:import' })).toBe('Hệ thống (import)');
    expect(actorLabel({ actor: null, systemActor: null })).toBe('Hệ thống');
    expect(systemActorName('someone')).toBeNull();
  });

  it('should name the type and its fields from the schema in the UI language', () => {
    const vi = labelsIn('vi');
    expect(vi.typeLabel('page')).toBe('Trang');
    expect(vi.typeParams(PAGE_SCHEMA)).toEqual({ type: 'Trang', typeLower: 'trang' });
    expect(vi.fieldLabel(PAGE_SCHEMA, 'summary')).toBe('Tóm tắt');
    expect(vi.fieldLabel(PAGE_SCHEMA, 'parentId')).toBe('parentId');
    const en = labelsIn('en');
    expect(en.typeLabel('article')).toBe('Article');
    expect(en.typeParams(PAGE_SCHEMA)).toEqual({ type: 'Page', typeLower: 'page' });
    expect(en.typeLabel('event')).toBe('event');
  });
});

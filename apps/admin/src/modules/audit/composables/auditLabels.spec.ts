import { describe, expect, it } from 'vitest';
import type { WorkflowMove } from '@congxa/shared/workflow';
import { en, vi } from '../i18n';
import { auditActionLabel, auditGroupLabel, auditTargetTypeLabel, groupActions, type LabelSource } from './auditLabels';

const sourceOf = (messages: typeof vi, lang: 'vi' | 'en'): LabelSource => ({
  message: (path) => {
    let node: unknown = messages;
    for (const part of path.split('.'))
      node = typeof node === 'object' && node !== null && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === 'string' ? node : null;
  },
  moveLabel: (move: WorkflowMove) => ({ submit: 'Gửi duyệt', approve: 'Duyệt đăng' })[move as 'submit'] ?? move,
  lang,
});
const VI = sourceOf(vi, 'vi');

describe('auditActionLabel', () => {
  it('should name the actions the API records in Vietnamese', () => {
    expect(auditActionLabel('category.update', VI)).toBe('Sửa, chuyển chuyên mục');
    expect(auditActionLabel('site.settings_update', VI)).toBe('Sửa thông tin chân trang, thông báo');
    expect(auditActionLabel('auth.login_failed', VI)).toBe('Đăng nhập không thành công');
    expect(auditActionLabel('article.import', VI)).toBe('Nhập tin bài từ tệp Word');
    expect(auditActionLabel('audit.export', sourceOf(en, 'en'))).toBe('Export the log as CSV');
  });

  it('should name a move of a content item by the workflow’s label and the type', () => {
    expect(auditActionLabel('article.submit', VI)).toBe('Gửi duyệt · Tin bài');
    expect(auditActionLabel('page.approve', VI)).toMatch(/^Duyệt đăng · /);
  });

  it('should show an unknown action as it is', () => {
    expect(auditActionLabel('weather.rain', VI)).toBe('weather.rain');
    expect(auditActionLabel('article.submit.extra', VI)).toBe('article.submit.extra');
    expect(auditActionLabel('constructor.name', VI)).toBe('constructor.name');
  });
});

describe('groups and item kinds', () => {
  it('should name groups and item kinds, and leave unknown ones as they are', () => {
    expect(auditGroupLabel('member', VI)).toBe('Thành viên');
    expect(auditGroupLabel('weather', VI)).toBe('weather');
    expect(auditTargetTypeLabel('membership', VI)).toBe('thành viên');
    expect(auditTargetTypeLabel('toString', VI)).toBe('toString');
  });

  it('should group the filter’s actions by what they are about, in label order', () => {
    const groups = groupActions(['category.delete', 'article.submit', 'category.create', 'category.create'], VI);
    expect(groups.map((g) => g.group)).toEqual(['category', 'article']);
    expect(groups[0].actions).toEqual([
      { value: 'category.create', label: 'Thêm chuyên mục' },
      { value: 'category.delete', label: 'Xóa chuyên mục' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { detailRows, shortId, systemName } from './auditView';

describe('detailRows', () => {
  it('should show texts as they are and objects as indented JSON', () => {
    expect(detailRows({ name: 'Tin tức', before: { position: 0 }, rows: 12, parentId: null })).toEqual([
      { key: 'name', text: 'Tin tức', block: false },
      { key: 'before', text: '{\n  "position": 0\n}', block: true },
      { key: 'rows', text: '12', block: false },
      { key: 'parentId', text: '—', block: false },
    ]);
    expect(detailRows(null)).toEqual([]);
  });
});

describe('shortId and systemName', () => {
  it('should shorten ids and name the system actor of an entry without a person', () => {
    expect(shortId('0a4f9e1b-1f24-4d0c-93a3-111a7d0c13a3')).toBe('0a4f9e1b…');
    expect(systemName({ actor: null, details: { system: 'scheduler' } })).toBe('scheduler');
    expect(systemName({ actor: { id: 'u', fullName: 'A', email: 'a@x' }, details: { system: 'x' } })).toBeNull();
    expect(systemName({ actor: null, details: {} })).toBeNull();
  });
});

import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Attribute } from '@tiptap/core';

/**
 * Tables as the server keeps them: `<table><tbody><tr><th|td [colspan] [rowspan]>`, with no colgroup,
 * col, style, width or alignment (the sanitiser would strip them). No column resizing: the public page
 * lays the table out itself.
 */
const SPAN = /^[1-9][0-9]{0,2}$/;

function span(name: 'colspan' | 'rowspan'): Attribute {
  return {
    default: 1,
    parseHTML: (el) => {
      const value = el.getAttribute(name)?.trim() ?? '';
      return SPAN.test(value) ? Number(value) : 1;
    },
    renderHTML: (attrs) => (Number(attrs[name]) > 1 ? { [name]: String(attrs[name]) } : {}),
  };
}

const cellAttributes = (): Record<string, Attribute> => ({
  colspan: span('colspan'),
  rowspan: span('rowspan'),
  // prosemirror-tables reads colwidth when it adds or removes columns; never parsed, never written.
  colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
});

export const SafeTable = Table.extend({
  addAttributes() {
    return {};
  },
  renderHTML() {
    return ['table', ['tbody', 0]];
  },
}).configure({ resizable: false, renderWrapper: false, View: null, allowTableNodeSelection: false });

export const SafeTableRow = TableRow.extend({
  renderHTML() {
    return ['tr', 0];
  },
});

export const SafeTableCell = TableCell.extend({
  addAttributes: cellAttributes,
  renderHTML({ HTMLAttributes }) {
    return ['td', HTMLAttributes, 0];
  },
});

export const SafeTableHeader = TableHeader.extend({
  addAttributes: cellAttributes,
  renderHTML({ HTMLAttributes }) {
    return ['th', HTMLAttributes, 0];
  },
});

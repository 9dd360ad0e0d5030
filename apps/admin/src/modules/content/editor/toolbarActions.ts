import type { Editor } from '@tiptap/core';

/** One button of the toolbar: its label key (editor.*), a short glyph, its shortcut, state and command. */
export interface ToolbarAction {
  id: string;
  label: string;
  glyph: string;
  keys?: string;
  /** undefined: not a toggle (no aria-pressed). */
  pressed?: boolean;
  disabled?: boolean;
  run?: () => void;
}

/** The toolbar's buttons in groups (separators between groups), with their state for the selection. */
export function toolbarGroups(editor: Editor): ToolbarAction[][] {
  const chain = () => editor.chain().focus();
  const isParagraph = editor.isActive('paragraph') && !editor.isActive('heading');
  const heading = (level: 2 | 3 | 4): ToolbarAction => ({
    id: `h${level}`,
    label: `editor.heading${level}`,
    glyph: `H${level}`,
    keys: `Ctrl+Alt+${level}`,
    pressed: editor.isActive('heading', { level }),
    run: () => chain().toggleHeading({ level }).run(),
  });
  return [
    [
      { id: 'paragraph', label: 'editor.paragraph', glyph: '¶', keys: 'Ctrl+Alt+0', pressed: isParagraph, run: () => chain().setParagraph().run() },
      heading(2),
      heading(3),
      heading(4),
    ],
    [
      { id: 'bold', label: 'editor.bold', glyph: 'B', keys: 'Ctrl+B', pressed: editor.isActive('bold'), run: () => chain().toggleBold().run() },
      { id: 'italic', label: 'editor.italic', glyph: 'I', keys: 'Ctrl+I', pressed: editor.isActive('italic'), run: () => chain().toggleItalic().run() },
      {
        id: 'underline',
        label: 'editor.underline',
        glyph: 'U',
        keys: 'Ctrl+U',
        pressed: editor.isActive('underline'),
        run: () => chain().toggleUnderline().run(),
      },
      { id: 'strike', label: 'editor.strike', glyph: 'S', keys: 'Ctrl+Shift+S', pressed: editor.isActive('strike'), run: () => chain().toggleStrike().run() },
      {
        id: 'subscript',
        label: 'editor.subscript',
        glyph: 'x₂',
        keys: 'Ctrl+,',
        pressed: editor.isActive('subscript'),
        run: () => chain().toggleSubscript().run(),
      },
      {
        id: 'superscript',
        label: 'editor.superscript',
        glyph: 'x²',
        keys: 'Ctrl+.',
        pressed: editor.isActive('superscript'),
        run: () => chain().toggleSuperscript().run(),
      },
    ],
    [
      {
        id: 'bulletList',
        label: 'editor.bulletList',
        glyph: '•',
        keys: 'Ctrl+Shift+8',
        pressed: editor.isActive('bulletList'),
        run: () => chain().toggleBulletList().run(),
      },
      {
        id: 'orderedList',
        label: 'editor.orderedList',
        glyph: '1.',
        keys: 'Ctrl+Shift+7',
        pressed: editor.isActive('orderedList'),
        run: () => chain().toggleOrderedList().run(),
      },
      {
        id: 'blockquote',
        label: 'editor.blockquote',
        glyph: '❝',
        keys: 'Ctrl+Shift+B',
        pressed: editor.isActive('blockquote'),
        run: () => chain().toggleBlockquote().run(),
      },
    ],
    [
      { id: 'link', label: 'editor.link', glyph: '🔗', keys: 'Ctrl+K', pressed: editor.isActive('link') },
      { id: 'image', label: 'editor.image', glyph: '🖼', disabled: !editor.can().insertFigure({ src: '', alt: '', width: null, height: null, caption: '' }) },
      { id: 'horizontalRule', label: 'editor.horizontalRule', glyph: '―', run: () => chain().setHorizontalRule().run() },
    ],
    [
      { id: 'undo', label: 'editor.undo', glyph: '↶', keys: 'Ctrl+Z', disabled: !editor.can().undo(), run: () => chain().undo().run() },
      { id: 'redo', label: 'editor.redo', glyph: '↷', keys: 'Ctrl+Shift+Z', disabled: !editor.can().redo(), run: () => chain().redo().run() },
    ],
  ];
}

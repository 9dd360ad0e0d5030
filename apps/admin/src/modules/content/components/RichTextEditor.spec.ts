import type { Editor } from '@tiptap/core';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import { createAppI18n } from '../../../i18n';
import { pasteTargetOf, insertAt } from '../../imports/composables/pasteTarget';
import type { EditorProblems } from '../editor/imageProblems';
import RichTextEditor from './RichTextEditor.vue';

vi.mock('../../media/api', () => ({ uploadMedia: vi.fn() }));
vi.mock('../../media/components/MediaPickerDialog.vue', () => ({ default: { name: 'MediaPickerDialog', render: () => null } }));

const SRC = '/api/v1/public/media/7f1c2d9e-0000-4000-8000-00000000000a/w1280.jpg';

async function mountEditor(html: string, props: Record<string, unknown> = {}) {
  const model = ref(html);
  const problems: EditorProblems[] = [];
  const wrapper = mount(RichTextEditor, {
    props: {
      id: 'body',
      labelId: 'body-label',
      site: 'tan-lap',
      modelValue: model.value,
      'onUpdate:modelValue': (v: string) => {
        model.value = v;
        void wrapper.setProps({ modelValue: v });
      },
      onProblems: (p: EditorProblems) => problems.push(p),
      ...props,
    },
    global: { plugins: [createAppI18n('vi')] },
    attachTo: document.body,
  });
  // TipTap is created on mount and announces itself on the next tick.
  await flushPromises();
  await new Promise((r) => setTimeout(r, 0));
  await nextTick();
  return { wrapper, model, problems };
}

/** The TipTap editor the component exposes (a ref, unwrapped on the instance). */
function editorOf(wrapper: Awaited<ReturnType<typeof mountEditor>>['wrapper']): Editor {
  return (wrapper.vm as unknown as { editor: Editor }).editor;
}

describe('RichTextEditor', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('should show the HTML it is given in a labelled multi-line textbox', async () => {
    const { wrapper } = await mountEditor('<p>Xin chào</p>');
    const area = wrapper.find('#body');
    expect(area.attributes()).toMatchObject({ role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'body-label', contenteditable: 'true' });
    expect(area.text()).toBe('Xin chào');
    wrapper.unmount();
  });

  it('should update the model as the person types', async () => {
    const { wrapper, model } = await mountEditor('<p>Xin</p>');
    const editor = editorOf(wrapper);
    editor.chain().focus('end').insertContent(' chào').run();
    await nextTick();
    expect(model.value).toBe('<p>Xin chào</p>');
    editor.commands.undo();
    await nextTick();
    expect(model.value).toBe('<p>Xin</p>');
    wrapper.unmount();
  });

  it('should make the selection bold with the toolbar button and show it pressed', async () => {
    const { wrapper, model } = await mountEditor('<p>Quan trọng</p>');
    const editor = editorOf(wrapper);
    editor.commands.setTextSelection({ from: 1, to: 5 });
    await nextTick();
    const bold = wrapper.find('[data-action="bold"]');
    expect(bold.attributes('aria-pressed')).toBe('false');
    expect(bold.text()).toContain('Đậm');
    await bold.trigger('click');
    expect(model.value).toBe('<p><strong>Quan</strong> trọng</p>');
    // The toolbar follows the editor's state after an animation frame or two.
    await vi.waitFor(() => expect(wrapper.find('[data-action="bold"]').attributes('aria-pressed')).toBe('true'));
    wrapper.unmount();
  });

  it('should mark images without alt text and report them by place', async () => {
    const { wrapper, problems } = await mountEditor(`<figure><img src="${SRC}" alt="Có"></figure><figure><img src="${SRC}" alt=""></figure>`);
    const figures = wrapper.findAll('figure.rte-figure');
    expect(figures).toHaveLength(2);
    expect(figures[1]!.classes()).toContain('rte-figure--missing-alt');
    expect(figures[1]!.text()).toContain('Thiếu mô tả ảnh');
    expect(figures[0]!.classes()).not.toContain('rte-figure--missing-alt');
    expect(problems.at(-1)).toEqual({ missingAlt: [{ index: 2, src: SRC }] });

    // Fixing it (here through the command the dialog uses) clears the problem.
    editorOf(wrapper).commands.updateFigure(editorOf(wrapper).state.doc.child(0).nodeSize, { alt: 'Đã có' });
    await nextTick();
    expect(problems.at(-1)).toEqual({ missingAlt: [] });
    wrapper.unmount();
  });

  it('should show a new value from outside without reporting it back as a change', async () => {
    const { wrapper, model } = await mountEditor('<p>Cũ</p>');
    await wrapper.setProps({ modelValue: '<p>Bản khôi phục</p>' });
    await nextTick();
    expect(wrapper.find('#body').text()).toBe('Bản khôi phục');
    expect(model.value).toBe('<p>Cũ</p>');
    wrapper.unmount();
  });

  it('should put a converted TCVN3 paste into the document through the editor', async () => {
    const { wrapper, model } = await mountEditor('<p>Tin: .</p>');
    const editor = editorOf(wrapper);
    editor.commands.setTextSelection(6);
    const target = pasteTargetOf(editor.view.dom);
    expect(target?.kind).toBe('editor');
    insertAt(target!, 'Người dân');
    await nextTick();
    expect(model.value).toBe('<p>Tin: Người dân.</p>');
    wrapper.unmount();
  });

  it('should have no toolbar and not be editable when read-only', async () => {
    const { wrapper } = await mountEditor('<p>x</p>', { readonly: true });
    expect(wrapper.find('[data-testid="editor-toolbar"]').exists()).toBe(false);
    expect(wrapper.find('#body').attributes('contenteditable')).toBe('false');
    wrapper.unmount();
  });
});

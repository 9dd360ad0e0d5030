import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isAcceptablePassword } from '@congxa/shared/dto/auth';
import { useFormErrors } from '../../../composables/useFormErrors';
import { useSessionStore } from '../../auth/stores/session';
import { changePassword } from '../api';

export const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;
export type PasswordField = (typeof PASSWORD_FIELDS)[number];

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The message key of what is wrong with each field before anything is sent; empty when all is well. */
export function checkPassword(v: PasswordValues): Partial<Record<PasswordField, 'required' | 'rule' | 'mismatch' | 'same'>> {
  const out: Partial<Record<PasswordField, 'required' | 'rule' | 'mismatch' | 'same'>> = {};
  if (!v.currentPassword) out.currentPassword = 'required';
  if (!v.newPassword) out.newPassword = 'required';
  else if (!isAcceptablePassword(v.newPassword)) out.newPassword = 'rule';
  else if (v.newPassword === v.currentPassword) out.newPassword = 'same';
  if (!v.confirm) out.confirm = 'required';
  else if (v.newPassword && v.confirm !== v.newPassword) out.confirm = 'mismatch';
  return out;
}

/**
 * "Đổi mật khẩu": current, new, new again. The shared rule is checked here first; the API's answer (a wrong
 * current password, its own rule) is shown beside the field it is about. The new session it answers replaces
 * this one's token (the other sessions end).
 */
export function usePasswordForm() {
  const { t } = useI18n();
  const session = useSessionStore();
  const values = reactive<PasswordValues>({ currentPassword: '', newPassword: '', confirm: '' });
  const errors = useFormErrors(PASSWORD_FIELDS);
  const busy = ref(false);
  const done = ref(false);

  const messages = {
    required: () => t('common.required'),
    rule: () => t('profile.password.rule'),
    mismatch: () => t('profile.password.mismatch'),
    same: () => t('profile.password.same'),
  };

  /** Sends the change; resolves to the first field with an error (to focus), or null. */
  async function submit(): Promise<PasswordField | null> {
    errors.reset();
    done.value = false;
    const problems = checkPassword(values);
    for (const field of PASSWORD_FIELDS) {
      const problem = problems[field];
      if (problem) errors.setField(field, messages[problem]());
    }
    const firstBad = PASSWORD_FIELDS.find((f) => problems[f]);
    if (firstBad) return firstBad;
    busy.value = true;
    try {
      const response = await changePassword(values.currentPassword, values.newPassword);
      session.accessToken = response.accessToken;
      values.currentPassword = '';
      values.newPassword = '';
      values.confirm = '';
      done.value = true;
      return null;
    } catch (e) {
      errors.fromError(e);
      return PASSWORD_FIELDS.find((f) => errors.fieldErrors[f]) ?? null;
    } finally {
      busy.value = false;
    }
  }

  return { values, errors, busy, done, submit };
}

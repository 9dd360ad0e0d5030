import { ref } from 'vue';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { fetchPreferences, revokeOtherSessions, updatePreferences } from '../api';

/** The e-mail notification switch: loaded once, saved at each change, put back when the save fails. */
export function usePreferences() {
  const describe = useErrorMessage();
  const emailNotifications = ref<boolean | null>(null);
  const loadError = ref<string | null>(null);
  const saveError = ref<string | null>(null);
  const saving = ref(false);
  const saved = ref(false);

  async function load(): Promise<void> {
    loadError.value = null;
    try {
      emailNotifications.value = (await fetchPreferences()).emailNotifications;
    } catch (e) {
      loadError.value = describe(e);
    }
  }

  async function setEmailNotifications(value: boolean): Promise<void> {
    const before = emailNotifications.value;
    emailNotifications.value = value;
    saving.value = true;
    saved.value = false;
    saveError.value = null;
    try {
      emailNotifications.value = (await updatePreferences({ emailNotifications: value })).emailNotifications;
      saved.value = true;
    } catch (e) {
      emailNotifications.value = before;
      saveError.value = describe(e);
    } finally {
      saving.value = false;
    }
  }

  return { emailNotifications, loadError, saveError, saving, saved, load, setEmailNotifications };
}

/** "Đăng xuất khỏi các thiết bị khác": how many sessions ended, or why it failed. */
export function useRevokeOthers() {
  const describe = useErrorMessage();
  const ended = ref<number | null>(null);
  const error = ref<string | null>(null);
  const busy = ref(false);

  async function revoke(): Promise<void> {
    busy.value = true;
    error.value = null;
    ended.value = null;
    try {
      ended.value = (await revokeOtherSessions()).ended;
    } catch (e) {
      error.value = describe(e);
    } finally {
      busy.value = false;
    }
  }
  return { ended, error, busy, revoke };
}

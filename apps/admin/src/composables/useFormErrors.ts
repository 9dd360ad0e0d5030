import { reactive, ref } from 'vue';
import { HttpError } from '../core/http';
import { useErrorMessage } from './useErrorMessage';

/**
 * Error state of one form: a message for the whole form and one per field. Field messages come from a
 * VALIDATION_FAILED answer's details (already in the user's language) or from the form's own checks.
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const describe = useErrorMessage();
  const formError = ref<string | null>(null);
  const fieldErrors = reactive({}) as Partial<Record<F, string>>;

  function reset(): void {
    formError.value = null;
    for (const field of fields) delete fieldErrors[field];
  }

  function setField(field: F, message: string): void {
    fieldErrors[field] = message;
  }

  function hasErrors(): boolean {
    return formError.value !== null || fields.some((f) => fieldErrors[f] !== undefined);
  }

  /** Shows what a failed call said: field messages beside their inputs, the rest on top. */
  function fromError(error: unknown): void {
    reset();
    if (error instanceof HttpError) {
      for (const fieldError of error.fieldErrors) {
        const field = fields.find((f) => f === fieldError.field);
        if (field) setField(field, fieldError.message);
      }
    }
    formError.value = describe(error);
  }

  return { formError, fieldErrors, reset, setField, hasErrors, fromError };
}

import 'server-only';
import { DomainError, isDomainError } from '@/lib/errors';

/**
 * The shared form helper translates a refusal's message as `errors.<key>`; the council's refusals
 * carry full keys (`council.errors.…`). Until the helper reads full keys, the specific reason also
 * travels as the form's own error (`_form`), under the generic message of its code.
 */
export async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error) && error.messageKey.includes('.')) {
      throw new DomainError(error.code, error.code, error.params, { ...error.fieldErrors, _form: [{ messageKey: error.messageKey, params: error.params }] });
    }
    throw error;
  }
}

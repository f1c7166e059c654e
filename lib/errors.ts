/**
 * Domain errors carry a code and the catalogue key of their Vietnamese (or English) message;
 * actions turn them into a message next to the form, never a bare string or a 500.
 */
export type DomainErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STALE'
  | 'INVALID_STATE'
  | 'VALIDATION'
  | 'PERIOD_CLOSED'
  | 'PERIOD_NOT_OPEN'
  | 'FILE_REJECTED'
  | 'RATE_LIMITED';

/** A field's error: a catalogue key, with parameters when the message needs them. */
export type FieldErrorKey = string | { messageKey: string; params?: Record<string, string | number> };

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** key under `errors` in the message catalogue; defaults to the code */
    readonly messageKey: string = code,
    readonly params: Record<string, string | number> = {},
    /** field-level errors, for validation that needs the database */
    readonly fieldErrors: Record<string, FieldErrorKey[]> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'DomainError';
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

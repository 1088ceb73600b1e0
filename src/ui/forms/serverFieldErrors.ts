import type { ApiFailure } from '../../api/errors';
import type { CalEventUpsertRequest } from '../../core/apiContract';
import { FORM_FIELD_OF_WIRE_FIELD, type EventFormField } from '../../core/eventSchema';

/**
 * The request field an InvalidParameter names in its (localised) message, as in "The specified
 * parameter summary is not valid.", among `fields`.
 */
export function wireFieldOfFailure<F extends string>(failure: ApiFailure, fields: readonly F[]): F | undefined {
  if (failure.kind !== 'server' || failure.code !== 'InvalidParameter') return undefined;
  const match = new RegExp(`(?<![\\w.])(${fields.join('|')})(?![\\w])`).exec(failure.message);
  return match ? (match[1] as F) : undefined;
}

const WIRE_FIELDS = Object.keys(FORM_FIELD_OF_WIRE_FIELD) as (keyof CalEventUpsertRequest)[];

/**
 * The form field a server rejection belongs on: an InvalidParameter whose (localised) message names
 * one of the request's fields, as in "The specified parameter summary is not valid."
 */
export function formFieldOfFailure(failure: ApiFailure): EventFormField | undefined {
  const field = wireFieldOfFailure(failure, WIRE_FIELDS);
  return field && FORM_FIELD_OF_WIRE_FIELD[field];
}

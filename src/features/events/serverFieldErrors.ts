import type { ApiFailure } from '../../api/errors';
import type { CalEventUpsertRequest } from '../../api/types';
import { FORM_FIELD_OF_WIRE_FIELD, type EventFormField } from './eventSchema';

const WIRE_FIELDS = Object.keys(FORM_FIELD_OF_WIRE_FIELD) as (keyof CalEventUpsertRequest)[];
const NAMED_FIELD = new RegExp(`(?<![\\w.])(${WIRE_FIELDS.join('|')})(?![\\w])`);

/**
 * The form field a server rejection belongs on: an InvalidParameter whose (localised) message names
 * one of the request's fields, as in "The specified parameter summary is not valid."
 */
export function formFieldOfFailure(failure: ApiFailure): EventFormField | undefined {
  if (failure.kind !== 'server' || failure.code !== 'InvalidParameter') return undefined;
  const match = NAMED_FIELD.exec(failure.message);
  return match ? FORM_FIELD_OF_WIRE_FIELD[match[1] as keyof CalEventUpsertRequest] : undefined;
}

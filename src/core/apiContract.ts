// Wire types, derived from the official OpenAPI description (src/core/schema.gen.ts is generated
// by `npm run gen:api`; never edit it by hand). A change of the contract shows up here at compile time.
import type { components, paths } from './schema.gen';

type Schemas = components['schemas'];

export type ApiPath = keyof paths;
export type ErrorCode = Schemas['ErrorCode'];

export type CalendarItem = Schemas['CalendarItem'];
export type CalendarListRequest = Schemas['CalendarListRequest'];
export type CalendarListResponse = Schemas['CalendarListResponse'];
export type CalendarIdRequest = Schemas['CalendarIDRequest'];
export type CalendarCreateRequest = Schemas['CalendarCreateRequest'];
export type CalendarCreateResponse = Schemas['CalendarCreateResponse'];
export type CalendarUpdateRequest = Schemas['CalendarUpdateRequest'];

export type CalEventItem = Schemas['CalEventItem'];
export type CalEventListRequest = Schemas['CalEventListRequest'];
export type CalEventListResponse = Schemas['CalEventListResponse'];
export type CalEventUpsertRequest = Schemas['CalEventUpsertRequest'];
export type CalEventIdRequest = Schemas['CalEventIDRequest'];

/**
 * The upsert response. The current reference returns `cal_id, event_id, summary`; the older one
 * (the seed page) shows `cal_id, cal_name`. We require only what both agree on and read the rest
 * when it is there.
 */
export type CalEventUpsertResponse = Pick<Schemas['CalEventUpsertResponse'], 'cal_id'> &
  Partial<Omit<Schemas['CalEventUpsertResponse'], 'cal_id'>>;

/** Request and response body of each endpoint, as the panel uses them. */
export interface Endpoints {
  '/calendar/list': { req: CalendarListRequest; res: CalendarListResponse };
  '/calendar/info': { req: CalendarIdRequest; res: CalendarItem };
  '/calendar/create': { req: CalendarCreateRequest; res: CalendarCreateResponse };
  '/calendar/update': { req: CalendarUpdateRequest; res: Schemas['CalendarEmptyObject'] };
  '/calendar/delete': { req: CalendarIdRequest; res: Schemas['CalendarEmptyObject'] };
  '/calendar/event/list': { req: CalEventListRequest; res: CalEventListResponse };
  '/calendar/event/upsert': { req: CalEventUpsertRequest; res: CalEventUpsertResponse };
  '/calendar/event/delete': { req: CalEventIdRequest; res: Schemas['CalendarEmptyObject'] };
}

// Every endpoint of the contract is listed above, and nothing else: this line fails to compile
// when the OpenAPI file gains or loses one.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<keyof Endpoints, ApiPath>;

/**
 * The panel server's own endpoints under /api, beside Flashduty's eight: answered by the panel's
 * server in both modes (a portal's own API base may not have them).
 */
export interface PanelEndpoints {
  /** The subscription feed's path, below the panel's base path, of a calendar the caller can read. */
  '/panel/feed-url': { req: { cal_id: string }; res: { path: string } };
}

/** The eight endpoint paths at run time (the only ones the server answers or forwards). */
export const ENDPOINT_PATHS = [
  '/calendar/list',
  '/calendar/info',
  '/calendar/create',
  '/calendar/update',
  '/calendar/delete',
  '/calendar/event/list',
  '/calendar/event/upsert',
  '/calendar/event/delete',
] as const satisfies readonly ApiPath[];
true satisfies Same<(typeof ENDPOINT_PATHS)[number], ApiPath>;

type AllEndpoints = Endpoints & PanelEndpoints;

/**
 * The fields of each endpoint's request, spelled as the contract spells them (checked against it
 * below). A body with any other key (`CAL_ID`, `ſummary`: one Flashduty's decoder may take for
 * `cal_id`, `summary`), or with a key twice, is refused before it goes anywhere (server/requestBody.ts).
 */
export const REQUEST_FIELDS = {
  '/calendar/list': ['kind', 'no_locale'],
  '/calendar/info': ['cal_id'],
  '/calendar/create': ['cal_name', 'description', 'timezone', 'team_id', 'workdays', 'extra_cal_ids'],
  '/calendar/update': ['cal_id', 'cal_name', 'description', 'timezone', 'team_id', 'workdays', 'extra_cal_ids'],
  '/calendar/delete': ['cal_id'],
  '/calendar/event/list': ['cal_id', 'year', 'month', 'day'],
  '/calendar/event/upsert': ['cal_id', 'event_id', 'summary', 'description', 'start_at', 'end_at', 'is_off'],
  '/calendar/event/delete': ['cal_id', 'event_id'],
  '/panel/feed-url': ['cal_id'],
} as const satisfies { [P in keyof AllEndpoints]: readonly (keyof AllEndpoints[P]['req'])[] };
// Every field of every request is listed: this fails to compile when the OpenAPI file adds one.
type AllFieldsListed = { [P in keyof AllEndpoints]: Same<(typeof REQUEST_FIELDS)[P][number], keyof AllEndpoints[P]['req']> }[keyof AllEndpoints];
true satisfies Same<AllFieldsListed, true>;

/** All error codes of the current reference, in its order (checked against the enum). */
export const ERROR_CODES = [
  'OK',
  'InvalidParameter',
  'BadRequest',
  'InvalidContentType',
  'ResourceNotFound',
  'NoLicense',
  'ReferenceExist',
  'Unauthorized',
  'BalanceNotEnough',
  'AccessDenied',
  'RouteNotFound',
  'MethodNotAllowed',
  'UndonedOrderExist',
  'RequestLocked',
  'EntityTooLarge',
  'RequestTooFrequently',
  'RequestVerifyRequired',
  'DangerousOperation',
  'InternalError',
  'ServiceUnavailable',
] as const satisfies readonly ErrorCode[];
true satisfies Same<(typeof ERROR_CODES)[number], ErrorCode>;

/** HTTP status each code comes with, from the reference's table (informational only). */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  OK: 200,
  InvalidParameter: 400,
  BadRequest: 400,
  InvalidContentType: 400,
  ResourceNotFound: 400,
  NoLicense: 400,
  ReferenceExist: 400,
  Unauthorized: 401,
  BalanceNotEnough: 402,
  AccessDenied: 403,
  RouteNotFound: 404,
  MethodNotAllowed: 405,
  UndonedOrderExist: 409,
  RequestLocked: 423,
  EntityTooLarge: 413,
  RequestTooFrequently: 429,
  RequestVerifyRequired: 428,
  DangerousOperation: 428,
  InternalError: 500,
  ServiceUnavailable: 503,
};

export function isKnownErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

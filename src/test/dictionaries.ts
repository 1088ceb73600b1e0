// Every dictionary of the panel and the server (made with defineTexts, src/core/text.ts), for the
// tests that check them all (src/test/dictionaries.test.ts). That test fails when a dictionary is
// made anywhere and is missing here.
import { DEFAULT_MESSAGES, PROXY_MESSAGES, REQUEST_MESSAGES } from '../../server/messages';
import { SANDBOX_MESSAGES, SANDBOX_REASONS } from '../../server/sandbox/messages';
import { COMMON_TEXTS } from '../core/commonText';
import { DATE_TEXTS } from '../core/formatDates';
import { ICS_TEXTS } from '../core/ics';
import type { Dictionary, Texts } from '../core/text';
import { TEXTS as FIXTURE_TEXTS } from '../core/text.fixture';
import { BOOT_TEXTS } from '../app/bootFailure';
import { CALENDAR_TEXTS, SETTINGS_MESSAGES } from '../features/calendars/calendarText';
import { EXPORT_TEXTS } from '../features/import/exportText';
import { IMPORT_TEXTS } from '../features/import/importText';
import { SHELL_TEXTS } from '../features/workspace/shellText';
import { WORKSPACE_TEXTS } from '../features/workspace/workspaceText';
import { ERROR_TEXTS } from '../i18n/errorMessages';
import { PAGE_TEXTS, VALIDATION_TEXTS } from '../i18n/messages';
import { CONFLICT_TEXTS } from '../ui/forms/conflictText';

export const DICTIONARIES: readonly Texts<Dictionary>[] = [
  COMMON_TEXTS,
  PAGE_TEXTS,
  VALIDATION_TEXTS,
  ERROR_TEXTS,
  CONFLICT_TEXTS,
  DATE_TEXTS,
  ICS_TEXTS,
  SHELL_TEXTS,
  WORKSPACE_TEXTS,
  CALENDAR_TEXTS,
  SETTINGS_MESSAGES,
  IMPORT_TEXTS,
  EXPORT_TEXTS,
  DEFAULT_MESSAGES,
  PROXY_MESSAGES,
  REQUEST_MESSAGES,
  SANDBOX_MESSAGES,
  SANDBOX_REASONS,
  BOOT_TEXTS,
  FIXTURE_TEXTS,
];

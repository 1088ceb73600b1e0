// The toast of a save that failed after its form was left (useEventSave.tsx). A refusal says what
// was not saved and where, and why, as the form's error summary would (failureSummary.ts); a save
// that may be stored all the same (no answer, a 5xx) says to check the calendar. Both give the
// request ID and, where the page can open the form again (the workspace), Open it again: the form
// with what was sent and how it failed.
import { Button, Group, Text } from '@mantine/core';
import { mayBeStored, type ApiFailure } from '../../api/errors';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { FailureLines } from '../../ui/FailureLines';
import { describeFailure } from '../../ui/forms/failureSummary';

interface LeftSaveToastProps {
  summary: string;
  /** The calendar's name. */
  calendar: string;
  failure: ApiFailure;
  /** Opens the form again; no button without it. */
  onReopen?: () => void;
}

export function LeftSaveToast({ summary, calendar, failure, onReopen }: LeftSaveToastProps) {
  const locale = useLocale();
  const t = useTexts(PAGE_TEXTS);
  const maybe = mayBeStored(failure);
  const said = describeFailure(failure, locale, { fieldShowsIt: false });
  return (
    <>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t(maybe ? 'leftSaveFailed' : 'leftSaveRefused', { summary, calendar })}
      </Text>
      {maybe ? <FailureLines requestId={said.requestId} /> : <FailureLines {...said} />}
      {onReopen && (
        <Group mt={4}>
          <Button size="compact-sm" variant="light" onClick={onReopen}>
            {t('reopenEvent')}
          </Button>
        </Group>
      )}
    </>
  );
}

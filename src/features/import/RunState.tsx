// One row's state during an import run: not sent, saving, saved (with its event ID), skipped, undone,
// kept (changed since), failed, or not found yet and may still appear (a lost answer).
import { Code, Stack, Text } from '@mantine/core';
import { FIRST_YEAR } from '../../core/months';
import { FailureText } from './FailureText';
import type { RowRunState } from './importRun';
import type { ImportText } from './importText';
import { COMMON_TEXTS } from '../../core/commonText';
import { useTexts } from '../../i18n/I18nProvider';

export function RunState({ state, text }: { state: RowRunState; text: ImportText }) {
  const common = useTexts(COMMON_TEXTS);
  switch (state.state) {
    case 'pending':
      return <Text size="sm">{state.uncertain ? text('statePendingUncertain') : text('statePending')}</Text>;
    case 'saving':
      return <Text size="sm">{state.checking ? text('stateChecking') : common('saving')}</Text>;
    case 'saved':
      return (
        <Text size="sm" c="var(--panel-teal-text)">
          {text('stateSaved')}{' '}
          <Code data-testid="event-id" style={{ wordBreak: 'break-all' }}>
            {state.eventId}
          </Code>
        </Text>
      );
    case 'skipped':
      return (
        <Text size="sm" c="dimmed">
          {text('stateSkipped')}
        </Text>
      );
    case 'undone':
      return <Text size="sm">{text('stateUndone')}</Text>;
    case 'kept':
      return (
        <Text size="sm" c="var(--panel-orange-text)">
          {text('stateKept')}
        </Text>
      );
    case 'failed':
      return (
        <Stack gap={0}>
          {state.uncertain && !state.unchecked ? (
            <Text size="sm" c="var(--panel-orange-text)" fw={600}>
              {text('stateMayAppear')}
            </Text>
          ) : (
            <Text size="sm" c="var(--panel-red-text)" fw={600}>
              {text('stateFailed')}
            </Text>
          )}
          <FailureText failure={state.failure} />
          {state.unchecked ? (
            <Text size="sm">{text('stateFailedUnchecked', { year: FIRST_YEAR })}</Text>
          ) : (
            state.uncertain && <Text size="sm">{text('stateFailedUncertain')}</Text>
          )}
        </Stack>
      );
  }
}

// A calendar whose settings (/calendar/info) could not be read: the workspace says why (and what it
// shows instead: the calendar list's time zone and working days), and Calendar settings says it
// cannot open, and why, instead of opening on settings it does not have.
import '../../ui/dialogStyles';
import { Button, Group, Modal, Text } from '@mantine/core';
import type { ApiFailure } from '../../api/errors';
import { FailureAlert } from '../../ui/FailureAlert';
import { COMMON_TEXTS } from '../../core/commonText';
import { useTexts } from '../../i18n/I18nProvider';
import { WORKSPACE_TEXTS } from './workspaceText';

interface SettingsUnreadableProps {
  failure: ApiFailure;
  /** The month is drawn from the calendar list's record instead. */
  fallback: boolean;
  retrying: boolean;
  onRetry: () => void;
}

/** In the workspace, where the month's days would otherwise not show. */
export function SettingsUnreadable({ failure, fallback, retrying, onRetry }: SettingsUnreadableProps) {
  const w = useTexts(WORKSPACE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  return (
    <FailureAlert
      title={w('settingsUnreadable')}
      failure={failure}
      testId="settings-unreadable"
      action="read"
      after={
        <>
          {fallback && (
            <Text size="sm" mt={4}>
              {w('settingsFallback')}
            </Text>
          )}
          <Button variant="light" size="xs" mt="xs" loading={retrying} onClick={onRetry}>
            {common('retry')}
          </Button>
        </>
      }
    />
  );
}

/** What Calendar settings opens while the settings cannot be read. */
export function SettingsUnavailableDialog({ failure, onClose }: { failure: ApiFailure; onClose: () => void }) {
  const w = useTexts(WORKSPACE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  return (
    <Modal opened onClose={onClose} title={w('settingsUnavailableTitle')} closeButtonProps={{ 'aria-label': common('close') }} centered>
      <FailureAlert title={w('settingsUnreadable')} failure={failure} action="read" />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {common('close')}
        </Button>
      </Group>
    </Modal>
  );
}

// The one way a dialog or panel holding edits is closed: with unsaved edits it asks first ("Discard
// unsaved changes?"), and "Keep editing" (or Escape) leaves everything as it was. The event form's
// guard (the workspace's reducer, which also guards navigation) and the calendar settings dialog
// both show this dialog.
import './dialogStyles';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface DiscardChangesDialogProps {
  opened: boolean;
  /** What is not saved: "Your changes to this event are not saved." */
  body: string;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Asks before unsaved edits are thrown away; "Keep editing" has the focus (Enter keeps). */
export function DiscardChangesDialog({ opened, body, onKeep, onDiscard }: DiscardChangesDialogProps) {
  const { t } = useI18n();
  // Escape keeps editing, but not the Escape that asked the question: a dialog's Escape (Mantine's,
  // heard on the window) opens this one during the same key press, whose later listeners would close
  // it at once. The key is listened to from the next task on.
  useEffect(() => {
    if (!opened) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.isComposing) onKeep();
    };
    const timer = setTimeout(() => window.addEventListener('keydown', onKey));
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [opened, onKeep]);
  return (
    <Modal opened={opened} onClose={onKeep} closeOnEscape={false} title={t('discardTitle')} closeButtonProps={{ 'aria-label': t('close') }} centered zIndex={300}>
      <Text size="sm">{body}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onKeep} data-autofocus>
          {t('keepEditing')}
        </Button>
        <Button color="red.9" onClick={onDiscard}>
          {t('discard')}
        </Button>
      </Group>
    </Modal>
  );
}

/**
 * A close that asks first when `dirty`: `requestClose` closes at once or opens the question; render
 * `<DiscardChangesDialog {...question} body=… />` beside the dialog it guards.
 */
export function useGuardedClose(dirty: boolean, close: () => void) {
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : close());
  const question = {
    opened: asking,
    onKeep: () => setAsking(false),
    onDiscard: () => {
      setAsking(false);
      close();
    },
  };
  return { requestClose, question };
}

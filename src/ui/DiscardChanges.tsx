// The one way a dialog or panel holding edits (or a running import) is closed: with something to
// lose it asks first ("Discard unsaved changes?"), and "Keep editing" (or Escape) leaves everything
// as it was. The event form's guard (the workspace's reducer, which also guards navigation), the
// calendar settings dialog and the import dialog (holding rows not imported, or while its run is
// under way or paused) all ask through this dialog.
import './dialogStyles';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState, type MouseEvent } from 'react';
import { useTexts } from '../i18n/I18nProvider';
import { COMMON_TEXTS } from '../core/commonText';
import { PAGE_TEXTS } from '../i18n/messages';

interface DiscardChangesDialogProps {
  opened: boolean;
  /** What is not saved: "Your changes to this event are not saved." */
  body: string;
  /** The question and its answers, when they are not "Discard unsaved changes?", "Keep editing", "Discard changes". */
  title?: string;
  keepLabel?: string;
  discardLabel?: string;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Asks before unsaved edits are thrown away; "Keep editing" has the focus (Enter keeps). */
export function DiscardChangesDialog({ opened, body, title, keepLabel, discardLabel, onKeep, onDiscard }: DiscardChangesDialogProps) {
  const t = useTexts(PAGE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
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
    <Modal opened={opened} onClose={onKeep} closeOnEscape={false} title={title ?? t('discardTitle')} closeButtonProps={{ 'aria-label': common('close') }} centered zIndex={300}>
      <Text size="sm">{body}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onKeep} data-autofocus>
          {keepLabel ?? t('keepEditing')}
        </Button>
        <Button color="red.9" onClick={onDiscard}>
          {discardLabel ?? t('discard')}
        </Button>
      </Group>
    </Modal>
  );
}

const KEEP_FOCUS = { onMouseDown: (event: MouseEvent) => event.preventDefault() };

/**
 * A close that asks first when there is something to lose: `ask` is a flag, or a function asked at
 * the moment of closing that gives the reason (kept as `reason` while the question is open).
 * `requestClose` closes at once or opens the question (`requestCloseThen(then)`: `then` is done only on the close); render `<DiscardChangesDialog
 * {...question} body=… />` beside the dialog it guards. `overlayProps`, given to the guarded Modal,
 * keep the focus where it was when its backdrop is clicked, so "Keep editing" gives it back there
 * (a click on the backdrop would otherwise move it to the page's body, out of the dialog).
 */
export function useGuardedClose<R = true>(ask: boolean | (() => R | undefined), close: () => void) {
  const [asked, setAsked] = useState<{ reason: R | true; then?: () => void }>();
  /** `then`: done just before the close, once it is sure (another calendar opened instead). */
  const requestCloseThen = (then?: () => void) => {
    const now = typeof ask === 'function' ? ask() : ask || undefined;
    if (now !== undefined) return setAsked({ reason: now, then });
    then?.();
    close();
  };
  const question = {
    opened: asked !== undefined,
    onKeep: () => setAsked(undefined),
    onDiscard: () => {
      setAsked(undefined);
      asked?.then?.();
      close();
    },
  };
  return { requestClose: () => requestCloseThen(), requestCloseThen, reason: asked?.reason, question, overlayProps: KEEP_FOCUS };
}

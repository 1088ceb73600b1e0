// Closing the import dialog while its run is under way or paused asks first: closing stops the run
// and takes its Undo away. A small guard of the dialog's own (Escape, ✕ and Close go through it);
// the workspace's guarded close for forms with unsaved edits is a separate mechanism.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ImportRun } from './importRun';
import type { ImportText } from './importText';

type Question = 'running' | 'paused';

/** Whether closing now would stop a run with work left (and so asks). */
function questionFor(run: ImportRun | undefined): Question | undefined {
  const phase = run?.getSnapshot().phase;
  if (phase === 'running' || phase === 'waiting') return 'running';
  if (phase === 'paused') return 'paused';
  return undefined;
}

export function useRunCloseGuard(run: ImportRun | undefined, onClose: () => void) {
  const [asking, setAsking] = useState<Question>();
  const requestClose = () => {
    // A second Escape while asking answers "keep it open".
    if (asking) return setAsking(undefined);
    const question = questionFor(run);
    if (question) setAsking(question);
    else onClose();
  };
  return { asking, requestClose, keepOpen: () => setAsking(undefined) };
}

export function RunCloseQuestion({ asking, text, onStay, onClose }: { asking: Question; text: ImportText; onStay: () => void; onClose: () => void }) {
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <Paper withBorder p="sm" role="alertdialog" aria-labelledby="import-close-title" aria-describedby="import-close-text" bg="var(--mantine-color-orange-light)">
      <Stack gap="xs">
        <Text fw={600} id="import-close-title">
          {asking === 'running' ? text('closeRunningTitle') : text('closePausedTitle')}
        </Text>
        <Text size="sm" id="import-close-text">
          {asking === 'running' ? text('closeRunningText') : text('closePausedText')}
        </Text>
        <Group gap="xs" justify="flex-end">
          <Button variant="default" c="var(--panel-red-text)" onClick={onClose}>
            {text('closeAnyway')}
          </Button>
          <Button ref={stay} onClick={onStay}>
            {text('closeStay')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

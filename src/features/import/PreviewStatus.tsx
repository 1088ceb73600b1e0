// A preview row's status (new, already so, already there, under another name too, overlapping,
// invalid), what it contradicts, why a copy moved to another year is unticked, and how the row was
// read: why it is a working day, a time of day counted as days.
import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CalEventItem } from '../../core/apiContract';
import type { Locale } from '../../core/locale';
import { formatList } from '../../core/text';
import type { ImportText } from './importText';
import type { PreviewRow } from './preview';
import { rowProblemText } from './problemText';
import type { RowNote } from './rows';

const summariesOf = (events: readonly CalEventItem[], locale: Locale) => formatList(locale, [...new Set(events.map((e) => e.summary))]);

function statusText(row: PreviewRow, text: ImportText, locale: Locale): ReactNode {
  switch (row.status) {
    case 'new':
      return <Text size="sm">{text('statusNew')}</Text>;
    case 'unchanged':
      return (
        <Text size="sm" c="dimmed">
          {row.by === 'public' ? text('statusUnchangedPublic') : text('statusUnchangedPattern')}
        </Text>
      );
    case 'already': {
      const { sameAs } = row;
      return (
        <Text size="sm" c="dimmed">
          {'line' in sameAs ? text('statusAlreadyRow', { line: sameAs.line })
          : 'named' in sameAs ? text('statusSameDays', { summary: sameAs.named.summary })
          : 'within' in sameAs ? text('statusWithin', { summaries: summariesOf(sameAs.within, locale) })
          : text('statusAlready')}
        </Text>
      );
    }
    case 'overlaps': {
      const summaries = summariesOf(row.overlapping, locale);
      return (
        <Text size="sm" c={row.oppositeKind ? 'var(--panel-orange-text)' : undefined} fw={row.oppositeKind ? 600 : undefined}>
          {row.oppositeKind ? text('statusOpposite', { summaries }) : text('statusOverlaps', { summaries })}
        </Text>
      );
    }
    case 'invalid':
      return (
        <Text size="sm" c="var(--panel-red-text)">
          {text('statusInvalid', { reason: rowProblemText(row.row.problem, text, locale), line: text('line', { line: row.row.line }) })}
        </Text>
      );
  }
}

export function noteText(note: RowNote, text: ImportText): string {
  if (note.code === 'timed') return text('noteTimed', { zone: note.zone });
  if (note.code === 'observance') return text('noteObservance', { word: note.word });
  if (note.code === 'appleUnmarked') return text('noteAppleUnmarked');
  if (note.code === 'yearly') return text(note.observed ? 'noteObserved' : 'noteYearly', { year: note.year });
  const why = note.why;
  switch (why.code) {
    case 'word': {
      const field = why.field === 'summary' ? text('fieldSummary') : why.field === 'description' ? text('fieldDescription') : text('fieldCategories');
      return text('noteWord', { field, word: why.word });
    }
    case 'apple':
      return text('noteApple', { value: why.value });
    case 'flashduty':
      return text('noteFlashduty');
  }
}

export function PreviewStatus({ row, text, locale }: { row: PreviewRow; text: ImportText; locale: Locale }) {
  const contradicts = (row.status === 'new' || row.status === 'overlaps') && row.contradicts ? row.contradicts : undefined;
  const notes = row.row.kind === 'row' ? row.row.notes : row.row.draft?.notes;
  return (
    <Stack gap={2}>
      {statusText(row, text, locale)}
      {contradicts && (
        <Text size="sm" c="orange.9" fw={600} data-testid="row-contradicts">
          {text('statusContradicts', { summaries: summariesOf(contradicts, locale) })}
        </Text>
      )}
      {notes?.map((note, i) =>
        note.code === 'yearly' ? (
          // Why the row is unticked: as plain as a contradiction, not a dimmed remark.
          <Text key={i} size="sm" c="var(--panel-orange-text)" fw={600} data-testid="row-yearly">
            {noteText(note, text)}
          </Text>
        ) : (
          <Text key={i} size="xs" c="dimmed" data-testid="row-note">
            {noteText(note, text)}
          </Text>
        ),
      )}
    </Stack>
  );
}

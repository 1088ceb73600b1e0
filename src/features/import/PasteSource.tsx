// The "Paste or file" source: the accepted columns with an example, the paste box and the file
// picker. A file is decoded here (UTF-8, UTF-16 or GB18030); an iCalendar file is kept apart from
// the paste box, a table file fills it.
import { Alert, Code, Input, Stack, Text, Textarea } from '@mantine/core';
import { memo, useState } from 'react';
import type { Locale } from '../../core/locale';
import { formatList } from '../../core/text';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { COLUMNS, REQUIRED_COLUMNS } from './columns';
import type { ImportText } from './importText';
import { readInWorker } from './readInWorker';
import { formatSize, MAX_IMPORT_FILE_BYTES, MAX_PASTE_CHARS, readImportFile } from './readImportFile';

/** A file read: its name, and its text when it is an iCalendar file (a table file goes to the paste box). */
export interface ReadFile {
  name: string;
  ics?: string;
}

interface PasteSourceProps {
  text: ImportText;
  locale: Locale;
  year: number;
  pasted: string;
  onPasted: (text: string) => void;
  file?: ReadFile;
  onFile: (file: ReadFile | undefined) => void;
  /** Events of the file that fall in other years. */
  otherYears?: number;
}

/**
 * Memoised: its box may hold a 5,000-row file, and the box measures its text at every render (autosize),
 * which took a quarter of a second; a tick or a keystroke in the preview leaves it alone.
 */
export const PasteSource = memo(function PasteSource({ text, locale, year, pasted, onPasted, file, onFile, otherYears }: PasteSourceProps) {
  const [fileFailed, setFileFailed] = useState(false);
  // A file refused for its size, or read with places that are not text: said, not guessed.
  // A paste refused for its size, the same.
  const [fileNotice, setFileNotice] = useState<{ tooLarge: number } | { pasteTooLarge: number } | { unreadable: number }>();
  return (
    <Stack gap="sm">
      <FormatHelp text={text} locale={locale} />
      <Textarea
        label={text('pasteLabel')}
        description={text('pasteHint')}
        value={pasted}
        onPaste={(e) => {
          // Refused before the browser puts it in the box: a paste of megabytes holds the page as it lands.
          const size = e.clipboardData.getData('text').length;
          if (size > MAX_PASTE_CHARS) {
            e.preventDefault();
            setFileNotice({ pasteTooLarge: size });
          }
        }}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value.length > MAX_PASTE_CHARS) return setFileNotice({ pasteTooLarge: value.length });
          onPasted(value);
          onFile(undefined);
          setFileNotice(undefined);
        }}
        autosize
        minRows={4}
        maxRows={12}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
      />
      <Input.Wrapper label={text('fileLabel')} description={text('fileHint', { year })} id="import-file">
        <div>
          <input
            id="import-file"
            type="file"
            accept=".csv,.tsv,.txt,.ics,text/csv,text/tab-separated-values,text/plain,text/calendar"
            aria-describedby="import-file-description"
            onChange={async (e) => {
              const chosen = e.currentTarget.files?.[0];
              if (!chosen) return;
              setFileFailed(false);
              setFileNotice(undefined);
              try {
                const result = await readImportFile(chosen, (name, bytes) => readInWorker({ kind: 'decode', name, bytes }));
                if (!result.ok) return setFileNotice({ tooLarge: result.bytes });
                const { text: decoded, unreadable, ics } = result.decoded;
                if (unreadable > 0) setFileNotice({ unreadable });
                if (ics) {
                  onFile({ name: chosen.name, ics: decoded });
                } else {
                  onPasted(decoded);
                  onFile({ name: chosen.name });
                }
              } catch {
                setFileFailed(true);
              }
            }}
          />
        </div>
      </Input.Wrapper>
      {file && (
        <Text size="sm" role="status">
          {text('fileRead', { name: file.name })} {otherYears ? text('fileOtherYears', { count: otherYears, year }) : ''}
        </Text>
      )}
      {fileFailed && (
        <Alert color="red" role="alert">
          {text('fileFailed')}
        </Alert>
      )}
      {fileNotice && (
        <Alert color={'unreadable' in fileNotice ? 'yellow' : 'red'} role="alert" data-testid="size-notice">
          {'tooLarge' in fileNotice
            ? text('fileTooLarge', { size: formatSize(fileNotice.tooLarge), max: formatSize(MAX_IMPORT_FILE_BYTES) })
            : 'pasteTooLarge' in fileNotice
              ? text('pasteTooLarge', { size: formatSize(fileNotice.pasteTooLarge), max: formatSize(MAX_PASTE_CHARS) })
              : text('fileUnreadable', { count: fileNotice.unreadable })}
        </Alert>
      )}
    </Stack>
  );
});

/** The accepted columns and an example, in the interface's language. */
function FormatHelp({ text, locale }: { text: ImportText; locale: Locale }) {
  const page = useTexts(PAGE_TEXTS);
  const names = COLUMNS.map(page);
  const example = text('exampleTable', { summary: page('summary'), startDate: page('startDate'), endDate: page('endDate'), dayOff: page('dayOff'), description: page('description') });
  return (
    <Stack gap={4}>
      <Text size="sm">{text('formatColumns', { columns: formatList(locale, names), required: formatList(locale, REQUIRED_COLUMNS.map(page)) })}</Text>
      <Text size="sm" fw={600} id="import-example">
        {text('example')}
      </Text>
      <Code block aria-labelledby="import-example" style={{ whiteSpace: 'pre', overflowX: 'auto' }} tabIndex={0}>
        {example}
      </Code>
    </Stack>
  );
}

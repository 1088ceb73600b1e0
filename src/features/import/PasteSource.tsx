// The "Paste or file" source: the accepted columns with an example, the paste box and the file
// picker. A chosen file is read to rows in the worker (decoded as UTF-8, UTF-16 or a legacy encoding there,
// which is said):
// its text does not fill the paste box, which measured 350 kB at each render and doubled the time
// to the preview; "Edit as text" puts it there when the scheduler wants to change it.
import { Alert, Button, Group, Input, Stack, Table, Text, Textarea } from '@mantine/core';
import { memo, useState } from 'react';
import type { Locale } from '../../core/locale';
import { formatList } from '../../core/text';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';
import { COLUMNS, REQUIRED_COLUMNS } from './columns';
import type { DecodedText, LegacyEncoding } from './decodeText';
import type { ImportText } from './importText';
import { readInWorker } from './readInWorker';
import { formatSize, isTooLarge, MAX_IMPORT_FILE_BYTES, MAX_PASTE_CHARS } from './readImportFile';

/** A file chosen: its name and the File, which the worker reads (useSourceRows). */
export interface ReadFile {
  name: string;
  file: Blob;
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
  /** Places of the file that could not be read as text. */
  unreadable?: number;
  /** The encoding the file was read in. */
  encoding?: DecodedText['encoding'];
}

/**
 * Memoised: its box may hold a 5,000-row file, and the box measures its text at every render (autosize),
 * which took a quarter of a second; a tick or a keystroke in the preview leaves it alone.
 */
export const PasteSource = memo(function PasteSource({ text, locale, year, pasted, onPasted, file, onFile, otherYears, unreadable, encoding }: PasteSourceProps) {
  const [fileFailed, setFileFailed] = useState(false);
  // A file or a paste refused for its size: said, not guessed. (A file's places that are not text come with its rows.)
  const [fileNotice, setFileNotice] = useState<{ tooLarge: number } | { pasteTooLarge: number }>();
  const editAsText = async () => {
    if (!file) return;
    try {
      const decoded = await readInWorker({ kind: 'decode', name: file.name, bytes: file.file });
      onPasted(decoded.text);
      onFile(undefined);
    } catch {
      setFileFailed(true);
    }
  };
  const notice = fileNotice ?? (file && unreadable ? { unreadable } : undefined);
  // A file not in UTF-8 is read in the likeliest legacy encoding: which one is said, so a wrong guess shows.
  // (Its decoder and lists stay in the worker's chunk: only the encoding's name comes here.)
  const legacy = file && !fileNotice && encoding !== undefined && !encoding.startsWith('utf') ? (encoding as LegacyEncoding) : undefined;
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
            accept=".csv,.tsv,.txt,.ics,.json,text/csv,text/tab-separated-values,text/plain,text/calendar,application/json"
            aria-describedby="import-file-description"
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              if (!chosen) return;
              setFileFailed(false);
              setFileNotice(undefined);
              if (isTooLarge(chosen)) return setFileNotice({ tooLarge: chosen.size });
              // The file is the source now: the box's text goes, as a file's text once replaced it.
              onPasted('');
              onFile({ name: chosen.name, file: chosen });
            }}
          />
        </div>
      </Input.Wrapper>
      {file && (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" role="status">
            {text('fileRead', { name: file.name })} {otherYears ? text('fileOtherYears', { count: otherYears, year }) : ''}
          </Text>
          <Button variant="default" size="compact-sm" onClick={() => void editAsText()}>
            {text('fileEditAsText')}
          </Button>
        </Group>
      )}
      {fileFailed && (
        <Alert color="red" role="alert">
          {text('fileFailed')}
        </Alert>
      )}
      {legacy && (
        <Alert color="yellow" role="status" data-testid="encoding-notice">
          {text('fileEncoding', { encoding: text(`encoding.${legacy}`) })}
        </Alert>
      )}
      {notice && (
        <Alert color={'unreadable' in notice ? 'yellow' : 'red'} role="alert" data-testid="size-notice">
          {'tooLarge' in notice
            ? text('fileTooLarge', { size: formatSize(notice.tooLarge), max: formatSize(MAX_IMPORT_FILE_BYTES) })
            : 'pasteTooLarge' in notice
              ? text('pasteTooLarge', { size: formatSize(notice.pasteTooLarge), max: formatSize(MAX_PASTE_CHARS) })
              : text('fileUnreadable', { count: notice.unreadable })}
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
  const [header, ...rows] = example.split('\n').map((line) => line.split(line.includes('\t') ? '\t' : ','));
  return (
    <Stack gap={4}>
      <Text size="sm">{text('formatColumns', { columns: formatList(locale, names), required: formatList(locale, REQUIRED_COLUMNS.map(page)) })}</Text>
      <Text size="sm" fw={600} id="import-example">
        {text('example')}
      </Text>
      {/* A table, not the text with its tabs: Chinese names are wider than a tab stop, and the columns
          slid apart. Copied, a table gives the rows with tabs, as the paste box reads them. */}
      <Table.ScrollContainer minWidth={0} type="native">
        <Table aria-labelledby="import-example" withTableBorder withColumnBorders w="auto" fz="sm" ff="monospace" bg="var(--mantine-color-default-hover)" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              {header.map((cell) => (
                <Table.Th key={cell}>{cell}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row[0]}>
                {row.map((cell, i) => (
                  <Table.Td key={header[i]}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

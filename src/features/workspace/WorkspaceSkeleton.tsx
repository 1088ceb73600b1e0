import { Loader, Stack } from '@mantine/core';

/**
 * Holds the workspace's place while its code or the calendars load: the page below the header
 * keeps its height, so nothing moves when the workspace arrives. (Imported by the page itself, so
 * it stays out of the workspace's lazy chunk.)
 */
export function WorkspaceSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="md" mih={760} aria-busy="true">
      <Loader size="sm" aria-label={label} />
    </Stack>
  );
}

// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../server/test/startServer';
import { useApiClient } from '../api/ApiClientProvider';
import { renderWithProviders } from '../test/renderWithProviders';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function CalendarNames() {
  const client = useApiClient();
  const query = useQuery({ queryKey: ['names'], queryFn: () => client.call('/calendar/list', {}), retry: false });
  return (
    <div>
      <p>{query.data?.items.map((c) => c.cal_name).join(', ')}</p>
      <button onClick={() => void query.refetch()}>Refresh</button>
    </div>
  );
}

it('keeps what is on screen when a background refresh fails, and says so in a toast', async () => {
  renderWithProviders(<CalendarNames />, { apiBase: `${server.url}/api` });
  await screen.findByText('On-call China (sample), Support US (sample)');
  server.sandbox.addFault('default', { path: '/calendar/list', fault: { type: 'error', code: 'ServiceUnavailable' } });
  screen.getByRole('button', { name: 'Refresh' }).click();
  await screen.findByText('The Flashduty service is temporarily unavailable.', {}, { timeout: 3000 });
  // A read that failed: the advice is to load again, never to save again.
  expect(screen.getByText('It could not be loaded: wait a few seconds, then press Retry or reload the page.')).toBeTruthy();
  expect(screen.queryByText(/Save again/)).toBeNull();
  expect(screen.getByText('On-call China (sample), Support US (sample)')).toBeTruthy();
  await waitFor(() => expect(screen.getByRole('button', { name: 'Dismiss' })).toBeTruthy());
});

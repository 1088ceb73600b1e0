// @vitest-environment jsdom
// The form in the app's providers, against the real server and sandbox on loopback.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOwnEvents } from '../../../server/sandbox/sampleData';
import { startServer } from '../../../server/test/startServer';
import { renderWithProviders } from '../../test/renderWithProviders';
import { EventForm } from './EventForm';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const renderForm = (props: Parameters<typeof EventForm>[0] = {}) =>
  renderWithProviders(<EventForm {...props} />, { apiBase: `${server.url}/api` });

describe('EventForm', () => {
  it('counts summary characters as code points, trimmed, and says so to screen readers', async () => {
    const user = userEvent.setup();
    renderForm();
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await user.type(summary, '  国庆🎉 ');
    expect(screen.getByText('3 / 40')).toBeTruthy();
    expect(summary.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('3 of 40 characters')).toBeTruthy();
  });

  it('writes the meaning of the Day off switch next to it', async () => {
    const user = userEvent.setup();
    renderForm();
    const dayOff = screen.getByRole('switch', { name: 'Day off' });
    expect(dayOff.getAttribute('aria-describedby')).toBe('event-is-off-meaning');
    expect(document.getElementById('event-is-off-meaning')?.textContent).toMatch(/^These days are days off: rules treat them as non-working days./);
    await user.click(dayOff);
    expect(document.getElementById('event-is-off-meaning')?.textContent).toMatch(/^These days are working days:/);
  });

  it('fills an existing event with its last day inclusive, and saving updates it', async () => {
    const user = userEvent.setup();
    const offsite = sampleOwnEvents()[0]; // 3 and 4 December 2026: end_at 2026-12-05
    renderForm({ event: offsite });
    expect(screen.getByRole('heading', { name: 'Edit event' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Start date' }) as HTMLInputElement).value).toBe('2026-12-03');
    expect((screen.getByRole('textbox', { name: 'End date' }) as HTMLInputElement).value).toBe('2026-12-04');
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Calendar' }) as HTMLSelectElement).value).toBe('cal.SampleOnCallChina01'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved “Team offsite (sample)”.'));
    const stored = server.sandbox.ownEvents('default').filter((e) => e.event_id === 'cale.SampleTeamOffsite001');
    expect(stored).toHaveLength(1);
    expect(stored[0].end_at).toBe('2026-12-05');
  });

  it('moves focus to the error summary, whose links move focus to the fields', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    await user.click(screen.getByRole('link', { name: 'Summary: Enter a summary.' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Summary' }));
  });

  it('refuses a summary of invisible characters with a clear message, and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderForm();
    const summary = screen.getByRole('textbox', { name: 'Summary' }) as HTMLInputElement;
    await user.type(summary, '\u200B\u200B');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'Summary: The summary has no visible characters. Enter a name schedulers can read.' })).toBeTruthy();
    expect(summary.value).toBe('\u200B\u200B');
    expect(summary.getAttribute('aria-invalid')).toBe('true');
  });
});

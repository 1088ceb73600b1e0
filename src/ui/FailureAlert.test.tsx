// @vitest-environment jsdom
// A failure said in a dialog: with the server's own words, which say why a 502 came.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { FailureAlert } from './FailureAlert';

describe('FailureAlert', () => {
  it('a read our server refused to pass on (an answer too large): says what the server said, and to load it again', () => {
    const message = 'Flashduty’s answer was larger than 64 KiB, more than the panel’s server accepts.';
    renderWithProviders(<FailureAlert title="The calendar’s settings could not be read" action="read" failure={{ kind: 'server', code: 'ServiceUnavailable', message, status: 502, requestId: 'req-1' }} />, { apiBase: '/api' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(`The server said: ${message}`);
    expect(alert.textContent).toContain('It could not be loaded');
    expect(alert.textContent).toContain('req-1');
  });

  it('in Chinese too', () => {
    const message = 'Flashduty 的响应超过 64 KiB，面板服务器无法接收。';
    renderWithProviders(<FailureAlert title="无法读取日历设置" action="read" failure={{ kind: 'server', code: 'ServiceUnavailable', message, status: 502 }} />, { apiBase: '/api', locale: 'zh-CN' });
    expect(screen.getByRole('alert').textContent).toContain(`服务器返回：${message}`);
  });
});

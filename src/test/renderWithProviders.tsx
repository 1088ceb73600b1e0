import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Providers } from '../app/Providers';
import type { Locale } from '../core/locale';

/** Renders inside the app's real providers, talking to a real server at `apiBase`. */
export function renderWithProviders(ui: ReactNode, { apiBase, locale = 'en' }: { apiBase: string; locale?: Locale }) {
  return render(
    <Providers locale={locale} apiBase={apiBase}>
      {ui}
    </Providers>,
  );
}

import { createTheme, Input, Portal, Textarea, type CSSVariablesResolver } from '@mantine/core';

// Mantine's defaults for primary buttons (blue 6), dimmed text (gray 6), placeholders (gray 5) and
// errors (red 6) fall below WCAG AA contrast on white; these shades pass it. In dark, white on its
// blue 5 is 3.0:1, its dimmed text (dark 2) 4.0:1 and its errors (red 8) 3.5:1 on the body: blue 8
// and the lighter greys and red below pass, the dimmed grey on the tinted panels (dark 5) too.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  defaultRadius: 'md',
  components: {
    // Hints and counters sit under the field they describe, errors last.
    InputWrapper: Input.Wrapper.extend({ defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } }),
    // Text areas grow with what is typed.
    Textarea: Textarea.extend({ defaultProps: { autosize: true, minRows: 3, maxRows: 10 } }),
  },
});

/**
 * Mounted into a portal's page, the panel lives in a shadow root and must add nothing to the host
 * page: popovers and toasts render into `portalTarget`, and text areas do not grow (the grow code
 * measures with a hidden text area that it adds to the host's body); they can be resized instead.
 */
export function shadowTheme(portalTarget: HTMLElement): typeof theme {
  return {
    ...theme,
    components: {
      ...theme.components,
      Portal: Portal.extend({ defaultProps: { target: portalTarget } }),
      Textarea: Textarea.extend({ defaultProps: { autosize: false, rows: 4, resize: 'vertical' } }),
    },
  };
}

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': '#687078',
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {
    '--mantine-color-dimmed': '#acacac',
    '--mantine-color-placeholder': '#969696',
    '--mantine-color-error': t.colors.red[4],
  },
});

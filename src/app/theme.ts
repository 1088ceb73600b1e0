import { createTheme, Input, type CSSVariablesResolver } from '@mantine/core';

// Mantine's defaults for primary buttons (blue 6), dimmed text (gray 6), placeholders (gray 5) and
// errors (red 6) fall below WCAG AA contrast on white; these shades pass it.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  defaultRadius: 'md',
  components: {
    // Hints and counters sit under the field they describe, errors last.
    InputWrapper: Input.Wrapper.extend({ defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': '#687078',
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});

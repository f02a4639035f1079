import { createTheme } from '@mantine/core';

/** Duly's look: calm teal, readable on a laptop, focus rings whenever the keyboard is used. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
});

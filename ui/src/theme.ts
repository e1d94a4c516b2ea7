import {
  Alert,
  mergeThemeOverrides,
  Modal,
  Button,
  createTheme,
  NativeSelect,
  NavLink,
  Radio,
  SegmentedControl,
  TextInput,
  type CSSVariablesResolver,
} from "@mantine/core";

const fontFamily =
  '"BIZ UDPGothic", "BIZ UDGothic", "Hiragino Sans", "Yu Gothic UI", "Meiryo", "Noto Sans CJK JP", sans-serif';

// Readers are often older staff: size "md" gives 16 px text and controls at least 40 px high.
export const theme = createTheme({
  fontFamily,
  headings: { fontFamily },
  fontSizes: { md: "1rem" },
  primaryColor: "blue",
  // Shade 8 keeps white button text and blue links above WCAG AA (4.5:1) on white.
  primaryShade: { light: 8, dark: 9 },
  // Filled chips and buttons pick black or white text by their colour's luminance; 0.18 is where
  // black and white give the same contrast, so either choice clears WCAG AA's 4.5:1 on shade 6+.
  autoContrast: true,
  luminanceThreshold: 0.18,
  focusRing: "auto",
  cursorType: "pointer",
  components: {
    // Alert titles default to the pale variant colour; black text keeps them readable, the sign and title carry the meaning.
    Alert: Alert.extend({
      styles: {
        title: { color: "var(--mantine-color-black)", fontSize: "var(--mantine-font-size-md)" },
        message: { fontSize: "var(--mantine-font-size-md)" },
      },
    }),
    Button: Button.extend({ defaultProps: { size: "md" } }),
    TextInput: TextInput.extend({ defaultProps: { size: "md" } }),
    NativeSelect: NativeSelect.extend({ defaultProps: { size: "md" } }),
    SegmentedControl: SegmentedControl.extend({ defaultProps: { size: "md" } }),
    Radio: Radio.extend({ defaultProps: { size: "md" } }),
    NavLink: NavLink.extend({ styles: { root: { minHeight: 44 }, label: { fontSize: "var(--mantine-font-size-md)" } } }),
  },
});

/**
 * The theme with the words it needs: a dialog's or notice's close button (an icon, ✕) is named for
 * screen readers in the UI's language (axe: button-name).
 */
export function themeWith(closeLabel: string) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: Modal.extend({ defaultProps: { closeButtonProps: { "aria-label": closeLabel } } }),
        Alert: Alert.extend({ defaultProps: { closeButtonLabel: closeLabel } }),
      },
    }),
  );
}

// Standard contrast is Mantine's light scheme; Mantine's default dimmed grey and error red fall below
// 4.5:1 on white, darker shades pass. High contrast is the dark scheme made starker: white and yellow
// on black, for response mode in a dark office (a white screen glares there, and pale tints vanish on
// a dimmed laptop). `--app-panel` is the background of tinted panels (guidance, editor items).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
    "--app-panel": "var(--mantine-color-gray-0)",
    "--app-focus": "var(--mantine-primary-color-filled)",
    "--app-danger-text": "var(--mantine-color-red-9)",
  },
  dark: {
    "--mantine-color-body": "#000000",
    "--mantine-color-text": "#ffffff",
    "--mantine-color-dimmed": "#e6e6e6",
    "--mantine-color-placeholder": "#d0d0d0",
    "--mantine-color-error": "#ffb3b3",
    "--mantine-color-anchor": "#ffe066",
    "--mantine-color-default": "#000000",
    "--mantine-color-default-hover": "#262626",
    "--mantine-color-default-color": "#ffffff",
    "--mantine-color-default-border": "#ffffff",
    "--app-panel": "#000000",
    "--app-focus": "#ffe066",
    "--app-danger-text": "#ffb3b3",
  },
});

import {
  Alert,
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
  primaryShade: 8,
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

// Mantine's default dimmed grey and error red fall below 4.5:1 on white; darker shades pass.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
  },
  dark: {},
});

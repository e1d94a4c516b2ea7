import { NativeSelect, type ComboboxStringGroupData } from "@mantine/core";
import type { FocusEvent } from "react";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { RegionTree } from "../../ipc/bindings.gen";
import { useRegions } from "../../ipc/queries";

type Props = {
  value: string | null;
  onChange: (municipality: string | null) => void;
  onBlur: (event: FocusEvent<HTMLSelectElement>) => void;
  error?: string;
};

/** One <optgroup> per home-care region, labelled "secondary / home-care" so the user sees where it sits. */
export function municipalityOptions(tree: RegionTree): { group: string; items: string[] }[] {
  return tree.tertiaryRegions.flatMap((tertiary) =>
    tertiary.secondaryRegions.flatMap((secondary) =>
      secondary.homeCareRegions.map((region) => ({
        group: secondary.name === region.name ? region.name : `${secondary.name} / ${region.name}`,
        items: region.municipalities,
      })),
    ),
  );
}

// A native <select> rather than a custom combobox: keyboard type-ahead, screen readers and WebDriver all work as-is.
export function MunicipalitySelect({ value, onChange, onBlur, error }: Props) {
  const t = useT();
  const regions = useRegions();
  const none = { value: "", label: t("org.municipalityNone") };

  let data: ComboboxStringGroupData = [none];
  if (regions.data) data = [none, ...municipalityOptions(regions.data)];
  // Until the list arrives, keep the saved choice visible instead of showing 未選択.
  else if (value !== null) data = [none, value];

  return (
    <NativeSelect
      label={t("org.municipality")}
      data={data}
      value={value ?? ""}
      onChange={(e) => onChange(e.currentTarget.value === "" ? null : e.currentTarget.value)}
      onBlur={onBlur}
      error={error ?? (regions.isError ? errorText(t, regions.error) : undefined)}
      data-testid="org-municipality"
    />
  );
}

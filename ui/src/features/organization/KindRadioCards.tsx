import type { OrganizationKind } from "../../ipc/bindings.gen";
import { ChoiceCards } from "../../components/ChoiceCards";
import { useT } from "../../i18n/LanguageProvider";
import { organizationKinds } from "./kinds";

type Props = {
  value: OrganizationKind | null;
  onChange: (kind: OrganizationKind) => void;
  label: string;
  /** The kinds offered; all by default. */
  kinds?: readonly OrganizationKind[];
};

export function KindRadioCards({ value, onChange, label, kinds = organizationKinds }: Props) {
  const t = useT();
  return (
    <ChoiceCards
      label={label}
      value={value}
      onChange={onChange}
      choices={kinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`), testId: `onboarding-kind-${kind}` }))}
    />
  );
}

import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../i18n/ja";
import type { Agreement, Partner } from "../../ipc/bindings.gen";
import { ipcError } from "../../ipc/fakeBackend";
import { agreements, linkBackend, partners } from "../../test/linkFixtures";
import { callsOf } from "../../test/planTestKit";
import { renderApp } from "../../test/renderApp";

const savedPartners = (calls: Parameters<typeof callsOf>[0]) => callsOf(calls, "savePartner").map((a) => a[0] as Partner);
const savedAgreements = (calls: Parameters<typeof callsOf>[0]) => callsOf(calls, "saveAgreement").map((a) => a[0] as Agreement);

describe("partner form", () => {
  it("names the missing fields itself and sends nothing until they are filled", async () => {
    const { user, backend } = renderApp("/links");
    await user.click(await screen.findByTestId("partner-add"));
    await user.click(screen.getByTestId("partner-save"));
    expect(screen.getByText(ja["partnerError.name"])).toBeInTheDocument();
    expect(screen.getByText(ja["partnerError.phone24h"])).toBeInTheDocument();
    await user.type(screen.getByTestId("partner-fingerprint"), "12-34");
    expect(screen.getByText(ja["partnerError.fingerprint"])).toBeInTheDocument();
    expect(savedPartners(backend.calls)).toEqual([]);
  });

  it("saves a new partner as a whole, the fingerprint as it is stored", async () => {
    const { user, backend } = renderApp("/links");
    await user.click(await screen.findByTestId("partner-add"));
    await user.type(screen.getByTestId("partner-name"), " ひがし薬局 ");
    await user.selectOptions(screen.getByTestId("partner-kind"), "pharmacy");
    await user.type(screen.getByTestId("partner-phone"), "0166-44-4444");
    await user.type(screen.getByTestId("partner-contact"), "東 三郎");
    // Typed as heard, in lower case and with spaces.
    await user.type(screen.getByTestId("partner-fingerprint"), "9a1c 44f0 0b7e 2d31 8c55 e6a0 1f92 7b3d");
    await user.type(screen.getByTestId("partner-note"), "在宅酸素の患者あり");
    await user.click(screen.getByTestId("partner-save"));

    expect(await screen.findByTestId("partner-row-R001")).toHaveTextContent("ひがし薬局");
    expect(screen.queryByTestId("partner-save")).not.toBeInTheDocument();
    expect(savedPartners(backend.calls)).toEqual([
      {
        id: "",
        name: "ひがし薬局",
        kind: "pharmacy",
        phone24h: "0166-44-4444",
        contactPerson: "東 三郎",
        fingerprint: "9A1C-44F0-0B7E-2D31-8C55-E6A0-1F92-7B3D",
        note: "在宅酸素の患者あり",
      },
    ]);
  });

  it("edits an entry under its id and shows a refusal inline", async () => {
    const backend = linkBackend({ partners });
    const { user, backend: calls } = renderApp("/links", {
      ...backend,
      savePartner: () => {
        throw ipcError("invalidInput");
      },
    });
    await user.click(await screen.findByTestId("partner-edit-R002"));
    expect(screen.getByTestId("partner-name")).toHaveValue("旭川中央病院");
    await user.clear(screen.getByTestId("partner-phone"));
    await user.type(screen.getByTestId("partner-phone"), "0166-22-9999");
    await user.click(screen.getByTestId("partner-save"));
    const error = await screen.findByTestId("partner-save-error");
    expect(error).toHaveAttribute("role", "alert");
    expect(error).toHaveTextContent(ja["partnerError.refused"]);
    expect(savedPartners(calls.calls)).toEqual([{ ...partners[1], phone24h: "0166-22-9999" }]);
  });
});

describe("agreement form", () => {
  it("saves a new agreement with the partner, kind, direction, capacity, consent and dates chosen", async () => {
    const { user, backend } = renderApp("/links", linkBackend({ partners }));
    await user.click(await screen.findByTestId("agreement-add"));
    await user.selectOptions(screen.getByTestId("agreement-partner"), "R002");
    await user.selectOptions(screen.getByTestId("agreement-kind"), "admission");
    await user.selectOptions(screen.getByTestId("agreement-direction"), "theyProvide");
    await user.type(screen.getByTestId("agreement-trigger"), "停電3時間以上");
    await user.type(screen.getByTestId("agreement-capacity"), "2");
    await user.click(screen.getByTestId("agreement-consent"));
    await user.click(screen.getByTestId("agreement-device-InvasiveVentilator"));
    await user.type(screen.getByTestId("agreement-billing"), "入院費は通常どおり");
    await user.type(screen.getByTestId("agreement-valid-from"), "2026-04-01");
    await user.type(screen.getByTestId("agreement-valid-until"), "2026-03-31");
    await user.type(screen.getByTestId("agreement-review-on"), "2027-02-30");

    await user.click(screen.getByTestId("agreement-save"));
    expect(screen.getByText(ja["agreementError.endsBeforeStart"])).toBeInTheDocument();
    expect(screen.getByText(ja["agreementError.date"])).toBeInTheDocument();
    expect(savedAgreements(backend.calls)).toEqual([]);

    await user.clear(screen.getByTestId("agreement-valid-until"));
    // Full-width digits, as a Japanese IME types them.
    await user.type(screen.getByTestId("agreement-valid-until"), "２０２７-０３-３１");
    await user.clear(screen.getByTestId("agreement-review-on"));
    await user.type(screen.getByTestId("agreement-review-on"), "2027-02-01");
    await user.click(screen.getByTestId("agreement-save"));

    const row = await screen.findByTestId("agreement-row-A001");
    expect(savedAgreements(backend.calls)).toEqual([
      {
        id: "",
        partnerId: "R002",
        kind: "admission",
        direction: "theyProvide",
        trigger: "停電3時間以上",
        areas: [],
        deviceClasses: ["InvasiveVentilator"],
        capacityPatients: 2,
        consentRequired: true,
        billingNote: "入院費は通常どおり",
        validFrom: "2026-04-01",
        validUntil: "2027-03-31",
        reviewOn: "2027-02-01",
      },
    ]);
    expect(within(row).getByText("旭川中央病院")).toBeInTheDocument();
    expect(row).toHaveTextContent("入院受入");
    expect(row).toHaveTextContent("相手が提供");
    expect(row).toHaveTextContent("2人");
    expect(row).toHaveTextContent("2026-04-01〜2027-03-31");
    expect(row).toHaveTextContent("見直し 2027-02-01");
  });

  it("edits an agreement under its id, keeping what the form does not change", async () => {
    const { user, backend } = renderApp("/links", linkBackend({ partners, agreements }));
    const row = await screen.findByTestId("agreement-row-A001");
    expect(row).toHaveTextContent("みなみ訪問看護ステーション");
    expect(row).toHaveTextContent("代行訪問");
    expect(row).toHaveTextContent("相互");
    await user.click(within(row).getByTestId("agreement-edit-A001"));
    expect(screen.getByTestId("agreement-valid-until")).toHaveValue("2026-03-31");
    await user.clear(screen.getByTestId("agreement-capacity"));
    await user.type(screen.getByTestId("agreement-capacity"), "5");
    await user.click(screen.getByTestId("agreement-save"));
    await waitFor(() => expect(savedAgreements(backend.calls)).toEqual([{ ...agreements[0], capacityPatients: 5 }]));
    expect(await screen.findByTestId("agreement-row-A001")).toHaveTextContent("5人");
  });
});

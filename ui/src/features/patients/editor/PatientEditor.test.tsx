import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ja } from "../../../i18n/ja";
import type { PatientRecord } from "../../../ipc/bindings.gen";
import { ipcError } from "../../../ipc/fakeBackend";
import { patientBackend, rankedPatients, storedRecord } from "../../../test/patientFixtures";
import { callsOf } from "../../../test/planTestKit";
import { renderApp } from "../../../test/renderApp";

const saved = (calls: Parameters<typeof callsOf>[0]) => callsOf(calls, "savePatient").map((args) => args[0] as PatientRecord);

describe("patient editor", () => {
  it("sends a new record as a whole: a device and the source that feeds it", async () => {
    const { user, backend, router } = renderApp("/patients/new", patientBackend({ patients: rankedPatients }));
    await user.type(await screen.findByTestId("patient-name"), "北 一郎");
    await waitFor(() => expect(screen.getByTestId("patient-municipality").querySelectorAll("option").length).toBeGreaterThan(1));
    await user.selectOptions(screen.getByTestId("patient-municipality"), "旭川市");

    await user.click(screen.getByTestId("device-add"));
    await user.selectOptions(screen.getByTestId("device-class-0"), "Nppv");
    await user.type(screen.getByTestId("device-hours-0"), "18");
    await user.type(screen.getByTestId("device-draw-0"), "30");

    await user.click(screen.getByTestId("source-add"));
    await user.selectOptions(screen.getByTestId("source-kind-0"), "externalPack");
    await user.type(screen.getByTestId("source-rated-hours-0"), "8");
    await user.type(screen.getByTestId("source-charge-0"), "80");
    // The only life-critical device is ticked already: a battery that feeds nothing is an easy mistake.
    expect(screen.getByTestId("source-feeds-0-d1")).toBeChecked();

    await user.click(screen.getByTestId("patient-save"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients"));
    expect(saved(backend.calls)).toEqual([
      {
        id: "",
        name: "北 一郎",
        kana: "",
        birthDate: null,
        address: "",
        phone: "",
        sex: null,
        municipality: "旭川市",
        living: "withFamily",
        primaryDoctor: "",
        careManager: "",
        caregivers: [],
        contacts: [],
        residence: {
          floor: null,
          liftNeedsPower: false,
          floodDepth: "none",
          landslideSpecialZone: false,
          landslideWarningZone: false,
          tsunamiZone: false,
          hazardSource: "",
        },
        devices: [{ id: "d1", class: "Nppv", hoursPerDay: 18, measuredDrawW: 30, nameplateW: null, substitutes: [] }],
        powerSources: [
          {
            id: "s1",
            kind: "externalPack",
            feeds: ["d1"],
            nominalWh: null,
            ratedHours: 8,
            ratedDrawW: null,
            path: "deviceNative",
            health: null,
            stateOfCharge: 0.8,
          },
        ],
        oxygen: null,
        offVentToleranceMin: null,
        evacuationDestinations: [],
        evacuationSupporters: [],
        evacuationTransport: "",
        evacuationRoute: "",
        admissionArranged: false,
        powerCompanyRegistered: false,
        consents: [],
        supportPlanReviewedOn: null,
        tierOverride: null,
      },
    ]);
  });

  it("numbers devices d1, d2 … and unlinks a removed device from its sources", async () => {
    const { user, backend } = renderApp("/patients/new", patientBackend());
    await user.type(await screen.findByTestId("patient-name"), "北 一郎");
    await user.click(screen.getByTestId("device-add"));
    await user.click(screen.getByTestId("device-add"));
    await user.type(screen.getByTestId("device-hours-0"), "24");
    await user.type(screen.getByTestId("device-hours-1"), "8");
    await user.selectOptions(screen.getByTestId("device-class-1"), "Suction");
    await user.click(screen.getByTestId("source-add"));
    await user.click(screen.getByTestId("source-feeds-0-d1"));
    await user.click(screen.getByTestId("source-feeds-0-d2"));

    await user.click(within(screen.getByTestId("device-0")).getByRole("button", { name: "機器 d1 を削除" }));
    expect(screen.queryByTestId("source-feeds-0-d1")).not.toBeInTheDocument();
    expect(screen.getByTestId("source-feeds-0-d2")).toBeChecked();
    // The remaining device keeps its id and its hours.
    expect(screen.getByTestId("device-hours-0")).toHaveValue("8");

    await user.click(screen.getByTestId("patient-save"));
    await waitFor(() => expect(saved(backend.calls)).toHaveLength(1));
    const record = saved(backend.calls)[0]!;
    expect(record.devices?.map((d) => [d.id, d.class, d.hoursPerDay])).toEqual([["d2", "Suction", 8]]);
    expect(record.powerSources?.[0]?.feeds).toEqual(["d2"]);
  });

  it("shows field sentences and sends nothing while the record cannot be saved", async () => {
    const { user, backend } = renderApp("/patients/new", patientBackend());
    await screen.findByTestId("patient-name");
    await user.click(screen.getByTestId("device-add"));
    await user.click(screen.getByTestId("override-use"));
    await user.click(screen.getByTestId("patient-save"));

    expect(await screen.findByText(ja["patientError.name"])).toBeInTheDocument();
    expect(screen.getByText(ja["patientError.hoursPerDay"])).toBeInTheDocument();
    expect(screen.getByText(ja["patientError.override"])).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(ja["error.invalidInput"]);
    expect(callsOf(backend.calls, "savePatient")).toHaveLength(0);

    // Corrections clear their sentence at once.
    await user.type(screen.getByTestId("patient-name"), "北 一郎");
    expect(screen.queryByText(ja["patientError.name"])).not.toBeInTheDocument();
    expect(screen.getByText(ja["patientError.hoursPerDay"])).toBeInTheDocument();
  });

  it("shows the Rust side's refusal under the field it names, and stays on the form", async () => {
    const { user, router } = renderApp("/patients/new", {
      savePatient: () => {
        throw ipcError("invalidInput", "municipality");
      },
    });
    await user.type(await screen.findByTestId("patient-name"), "北 一郎");
    await user.click(screen.getByTestId("patient-save"));
    expect(await screen.findByText(ja["patientError.municipality"])).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(ja["error.invalidInput"]);
    expect(router.state.location.pathname).toBe("/patients/new");
    expect(screen.getByTestId("patient-name")).toHaveValue("北 一郎");
  });

  it("sends the phone, the sex and the 個別避難計画 items: supporters, transport and route", async () => {
    const { user, backend } = renderApp("/patients/new", patientBackend());
    await user.type(await screen.findByTestId("patient-name"), "北 一郎");
    await user.type(screen.getByTestId("patient-phone"), "0166-11-2222");
    await user.selectOptions(screen.getByTestId("patient-sex"), "female");

    await user.click(screen.getByTestId("supporter-add"));
    await user.click(screen.getByTestId("supporter-add"));
    await user.type(screen.getByTestId("supporter-name-0"), "北 次郎");
    await user.type(screen.getByTestId("supporter-relation-0"), "長男");
    await user.type(screen.getByTestId("supporter-phone-0"), "090-0000-0000");
    await user.type(screen.getByTestId("supporter-name-1"), "東 民子");
    await user.type(screen.getByTestId("supporter-relation-1"), "民生委員");
    await user.type(screen.getByTestId("supporter-address-1"), "旭川市2条");
    await user.click(within(screen.getByTestId("supporter-0")).getByRole("button", { name: "避難支援者 1 を削除" }));
    expect(screen.getByTestId("supporter-name-0")).toHaveValue("東 民子");

    await user.type(screen.getByTestId("patient-evacuation-transport"), "介護タクシー、担架で4人");
    await user.type(screen.getByTestId("patient-evacuation-route"), "自宅から北小学校まで");
    await user.click(screen.getByTestId("patient-save"));
    await waitFor(() => expect(saved(backend.calls)).toHaveLength(1));
    const record = saved(backend.calls)[0]!;
    expect(record.phone).toBe("0166-11-2222");
    expect(record.sex).toBe("female");
    expect(record.evacuationSupporters).toEqual([{ name: "東 民子", relation: "民生委員", address: "旭川市2条", phone: "" }]);
    expect(record.evacuationTransport).toBe("介護タクシー、担架で4人");
    expect(record.evacuationRoute).toBe("自宅から北小学校まで");
    // Much typing: on a busy machine this takes longer than the default 5 s.
  }, 15_000);

  it("leaves the sex unrecorded unless chosen, and can take the choice back", async () => {
    const { user, backend } = renderApp("/patients/new", patientBackend());
    await user.type(await screen.findByTestId("patient-name"), "北 一郎");
    await user.selectOptions(screen.getByTestId("patient-sex"), "other");
    await user.selectOptions(screen.getByTestId("patient-sex"), "未記入");
    await user.click(screen.getByTestId("patient-save"));
    await waitFor(() => expect(saved(backend.calls)).toHaveLength(1));
    expect(saved(backend.calls)[0]!.sex).toBeNull();
  });

  it.each([
    ["powerSources", "power", ja["patientError.powerSources"]],
    ["devices", "devices", ja["patientError.devices"]],
    ["tierOverride", "override", ja["patientError.tierOverride"]],
    ["dates", "basic", ja["patientError.dates"]],
  ])("shows a refusal naming %s in its own section as well as by the button", async (field, section, sentence) => {
    const { user } = renderApp("/patients/new", {
      savePatient: () => {
        throw ipcError("invalidInput", field);
      },
    });
    await user.type(await screen.findByTestId("patient-name"), "北 一郎");
    await user.click(screen.getByTestId("patient-save"));
    const own = await screen.findByTestId(`patient-section-${section}`);
    await waitFor(() => expect(within(own).getByRole("alert")).toHaveTextContent(sentence));
    // Only there: the other sections stay quiet.
    expect(screen.getAllByText(sentence, { exact: false })).toHaveLength(1);
    expect(screen.getAllByRole("alert").some((a) => a.textContent?.includes(ja["error.invalidInput"]))).toBe(true);
  });

  it("shows a refused date in the section whose date is not a day", async () => {
    const record: PatientRecord = {
      ...storedRecord,
      birthDate: "1948-07-15",
      consents: [{ scope: "municipality", grantedOn: "2025-02-30", withdrawnOn: null }],
    };
    const { user } = renderApp("/patients/P0001", {
      ...patientBackend({ patients: rankedPatients, records: [record] }),
      savePatient: () => {
        throw ipcError("invalidInput", "dates");
      },
    });
    await user.click(await screen.findByTestId("patient-save"));
    const consents = await screen.findByTestId("patient-section-consents");
    await waitFor(() => expect(within(consents).getByRole("alert")).toHaveTextContent(ja["patientError.dates"]));
    expect(within(screen.getByTestId("patient-section-basic")).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("opens a stored record from the list and saves it under its own id", async () => {
    const { user, backend, router } = renderApp("/patients", patientBackend({ patients: rankedPatients, records: [storedRecord] }));
    await user.click(await screen.findByTestId("patient-edit-P0001"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients/P0001"));
    expect(await screen.findByTestId("patient-name")).toHaveValue("南 花子");
    expect(screen.getByRole("heading", { name: "南 花子さんの記録" })).toBeInTheDocument();
    expect(screen.getByTestId("device-hours-0")).toHaveValue("24");
    expect(screen.getByTestId("source-charge-0")).toHaveValue("60");
    expect(screen.getByTestId("source-feeds-0-d1")).toBeChecked();

    await user.clear(screen.getByTestId("source-charge-0"));
    await user.type(screen.getByTestId("source-charge-0"), "35");
    await user.click(screen.getByTestId("patient-save"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/patients"));
    const record = saved(backend.calls)[0]!;
    expect(record.id).toBe("P0001");
    expect(record.powerSources?.[0]?.stateOfCharge).toBe(0.35);
    // What the editor did not touch goes back as it came.
    expect(record.devices).toEqual(storedRecord.devices);
    expect(record.residence).toEqual({ ...storedRecord.residence, landslideSpecialZone: false, landslideWarningZone: false, tsunamiZone: false, hazardSource: "" });
  });
});

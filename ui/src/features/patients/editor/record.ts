// The editor works on a whole PatientRecord, with every optional part present so the sections need no
// "maybe missing" branches; what it sends is exactly what it shows.
import type { DeviceClass, PatientRecord, PowerSource, RegisteredDevice } from "../../../ipc/bindings.gen";

/** A full record: `getPatient` may leave out fields that have serde defaults on the Rust side. */
export type FullRecord = Required<PatientRecord>;

export function emptyRecord(): FullRecord {
  return {
    id: "",
    name: "",
    kana: "",
    birthDate: null,
    address: "",
    phone: "",
    sex: null,
    municipality: null,
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
    devices: [],
    powerSources: [],
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
  };
}

export function fullRecord(record: PatientRecord): FullRecord {
  const empty = emptyRecord();
  return {
    ...empty,
    ...record,
    residence: { ...empty.residence, ...record.residence },
    devices: (record.devices ?? []).map((d) => ({ ...d, substitutes: d.substitutes ?? [] })),
    evacuationSupporters: (record.evacuationSupporters ?? []).map((s) => ({ ...s, address: s.address ?? "" })),
    oxygen: record.oxygen && {
      ...record.oxygen,
      cylinders: record.oxygen.cylinders ?? [],
      demandValve: record.oxygen.demandValve ?? false,
    },
  };
}

/** The first free id of the form d1, d2 … (or s1 …): short, since staff read them in the power workings. */
export function nextId(prefix: string, taken: { id: string }[]): string {
  const used = new Set(taken.map((x) => x.id));
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newDevice(devices: RegisteredDevice[]): RegisteredDevice {
  return {
    id: nextId("d", devices),
    class: "InvasiveVentilator",
    hoursPerDay: null,
    measuredDrawW: null,
    nameplateW: null,
    substitutes: [],
  };
}

/** Devices whose stop endangers life within hours (as `DeviceClass::is_life_critical` in the core). */
const lifeCritical: DeviceClass[] = ["InvasiveVentilator", "Nppv", "OxygenConcentrator"];

/**
 * A new battery feeds the household's one life-critical device when there is exactly one: otherwise a
 * nurse who forgets the tick records a battery that powers nothing, and the countdown shows no hours.
 */
export function newSource(sources: PowerSource[], devices: RegisteredDevice[] = []): PowerSource {
  const critical = devices.filter((d) => lifeCritical.includes(d.class));
  return {
    id: nextId("s", sources),
    kind: "internal",
    feeds: critical.length === 1 ? [critical[0]!.id] : [],
    nominalWh: null,
    ratedHours: null,
    ratedDrawW: null,
    path: "deviceNative",
    health: null,
    stateOfCharge: null,
  };
}

/**
 * Removes a device and every source's link to it: the Rust side refuses a source that feeds an
 * unknown device, and a stale link would make the whole record unsaveable.
 */
export function withoutDevice(record: FullRecord, index: number): FullRecord {
  const gone = record.devices[index]?.id;
  return {
    ...record,
    devices: record.devices.filter((_, i) => i !== index),
    powerSources: record.powerSources.map((s) => ({ ...s, feeds: s.feeds.filter((f) => f !== gone) })),
  };
}

/** Replaces one item of a list (the sections edit lists item by item). */
export function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

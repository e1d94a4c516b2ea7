// The contract's enumerations as the screens offer them.
import type {
  CheckChannel,
  Condition,
  ConsentScope,
  DeviceClass,
  DeviceState,
  FloodDepth,
  Living,
  PowerPath,
  Sex,
  SourceKind,
  Substitute,
} from "../../ipc/bindings.gen";

// Records so that a value added to the contract cannot be forgotten in the editor's choices; the key
// order is the order shown (life-sustaining devices first, as the register is about them).
const deviceClassSet: Record<DeviceClass, true> = {
  InvasiveVentilator: true,
  Nppv: true,
  OxygenConcentrator: true,
  Cpap: true,
  Suction: true,
  Humidifier: true,
  FeedingPump: true,
  InfusionPump: true,
  Other: true,
};
export const deviceClasses = Object.keys(deviceClassSet) as DeviceClass[];

const substituteSet: Record<Substitute, true> = { hme: true, manualSuction: true, oxygenCylinder: true, resuscitationBag: true };
export const substitutes = Object.keys(substituteSet) as Substitute[];

const sourceKindSet: Record<SourceKind, true> = {
  internal: true,
  externalPack: true,
  portableStation: true,
  generator: true,
  vehicle: true,
};
export const sourceKinds = Object.keys(sourceKindSet) as SourceKind[];

const powerPathSet: Record<PowerPath, true> = { deviceNative: true, dc: true, acInverter: true, carInverter: true };
export const powerPaths = Object.keys(powerPathSet) as PowerPath[];

export const livings: Living[] = ["alone", "elderlyOnly", "withFamily"];
export const sexes: Sex[] = ["female", "male", "other"];
export const floodDepths: FloodDepth[] = ["none", "under05m", "from05To3m", "over3m"];
export const consentScopes: ConsentScope[] = ["partners", "municipality", "regionalBase", "powerCompany"];
export const conditions: Condition[] = ["ok", "unwell", "deteriorated", "unknown"];
export const deviceStates: DeviceState[] = ["mains", "battery", "bag", "failed", "unknown"];
export const checkChannels: CheckChannel[] = ["phone", "visit", "message", "relay"];

/** Narrows a <select>'s string to one of the listed values. */
export function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

import { describe, expect, it } from "vitest";
import type { RegisteredDevice } from "../../../ipc/bindings.gen";
import { newDevice, newSource } from "./record";

const device = (id: string, cls: RegisteredDevice["class"]): RegisteredDevice => ({ ...newDevice([]), id, class: cls });

describe("a new power source", () => {
  it("feeds the only life-critical device", () => {
    expect(newSource([], [device("d1", "InvasiveVentilator"), device("d2", "Suction")]).feeds).toEqual(["d1"]);
  });

  it("feeds nothing when there is a choice to make, or nothing to feed", () => {
    expect(newSource([], [device("d1", "Nppv"), device("d2", "OxygenConcentrator")]).feeds).toEqual([]);
    expect(newSource([], [device("d1", "Suction")]).feeds).toEqual([]);
    expect(newSource([]).feeds).toEqual([]);
  });

  it("takes the next free id", () => {
    expect(newSource([newSource([])]).id).toBe("s2");
  });
});

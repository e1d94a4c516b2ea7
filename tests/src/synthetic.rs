//! Synthetic data for scale tests and benchmarks, the same bytes on every run (fixed seed, keys
//! derived from it): a region of member exchange files, and a register of patients.
//!
//! Nothing here is real: names are drawn from a short list of common family and given names, places
//! from the seeded Hokkaido master, device mixes and battery charges from a fixed pseudo-random
//! sequence. The mix is a guess at a busy region (ventilation.md has no distribution to copy).

use bcp_core::exchange::content::{CONTENT_VERSION, ExchangeContent, PatientCount, SharedOrganization};
use bcp_core::exchange::envelope;
use bcp_core::exchange::keys::OrgKeys;
use bcp_core::organization::OrganizationKind;
use bcp_core::patient::DeviceClass;
use bcp_core::patient::power::{Device, PowerPath, PowerSource, SourceKind};
use bcp_core::patient::priority::{FloodDepth, Tier};
use bcp_core::patient::record::{
    Caregiver, Consent, ConsentScope, Living, OxygenSupply, PatientRecord, RegisteredDevice, Substitute,
};

/// The seed every generator starts from unless told otherwise (`cargo xtask gen-region --seed`).
pub const SEED: u64 = 20_261_207;

/// 十勝: where the synthetic region's members and patients live.
pub const TOKACHI: [&str; 8] =
    ["帯広市", "音更町", "芽室町", "幕別町", "士幌町", "広尾町", "清水町", "池田町"];
/// 上川中部: around the clinic sample in 旭川市.
pub const KAMIKAWA: [&str; 6] = ["旭川市", "東神楽町", "東川町", "鷹栖町", "当麻町", "比布町"];

const DEVICES: [DeviceClass; 4] = [
    DeviceClass::InvasiveVentilator,
    DeviceClass::Nppv,
    DeviceClass::OxygenConcentrator,
    DeviceClass::Suction,
];

/// SplitMix64: a tiny, well-known generator; enough for spreading synthetic data, not for secrets.
pub struct Sequence(u64);

impl Sequence {
    pub fn new(seed: u64) -> Self {
        Sequence(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0 ≤ n < `below`.
    pub fn below(&mut self, below: usize) -> usize {
        usize::try_from(self.next_u64() % below.max(1) as u64).unwrap_or(0)
    }

    /// 0.0 ≤ x < 1.0.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn bytes32(&mut self) -> [u8; 32] {
        let mut out = [0u8; 32];
        for chunk in out.chunks_mut(8) {
            chunk.copy_from_slice(&self.next_u64().to_le_bytes());
        }
        out
    }
}

/// Keys drawn from the sequence: the same seed signs the same files byte for byte.
pub fn keys(sequence: &mut Sequence) -> OrgKeys {
    use base64::Engine as _;
    let signing = base64::engine::general_purpose::STANDARD.encode(sequence.bytes32());
    let hrp = bech32::Hrp::parse("age-secret-key-").expect("age's prefix is valid");
    let identity = bech32::encode::<bech32::Bech32>(hrp, &sequence.bytes32())
        .expect("32 bytes fit a bech32 string")
        .to_uppercase();
    OrgKeys::from_secrets(&signing, &identity).expect("well-formed synthetic keys")
}

/// (file name, bytes) of each member's file: `members` organisations of the 十勝 region whose
/// registers add up to `patients` patients, each member's plan a copy of `template`'s.
pub fn region(members: usize, patients: usize, template: &ExchangeContent) -> Vec<(String, Vec<u8>)> {
    region_seeded(members, patients, template, SEED)
}

pub fn region_seeded(
    members: usize,
    patients: usize,
    template: &ExchangeContent,
    seed: u64,
) -> Vec<(String, Vec<u8>)> {
    let mut sequence = Sequence::new(seed);
    (0..members)
        .map(|i| {
            let keys = keys(&mut sequence);
            let mut plan = template.plan.clone();
            // Every fifth member has sent no plan yet, and every seventh never fixed a version.
            if i % 5 == 0 {
                plan = None;
            } else if let Some(p) = plan.as_mut().filter(|_| i % 7 == 0) {
                p.revision = None;
            }
            let share = patients / members.max(1) + usize::from(i < patients % members.max(1));
            let mut counts: Vec<PatientCount> = Vec::new();
            for _ in 0..share {
                let municipality = Some(sequence.pick(&TOKACHI).to_string());
                let device_class = Some(*sequence.pick(&DEVICES));
                let tier = *sequence.pick(&[Tier::P1, Tier::P2, Tier::P3, Tier::P3]);
                match counts.iter_mut().find(|c| {
                    (&c.municipality, c.device_class, c.tier) == (&municipality, device_class, tier)
                }) {
                    Some(c) => c.count += 1,
                    None => counts.push(PatientCount { municipality, device_class, tier, count: 1 }),
                }
            }
            let content = ExchangeContent {
                content_version: CONTENT_VERSION,
                organization: SharedOrganization {
                    kind: if i % 3 == 0 {
                        OrganizationKind::ZaitakuClinic
                    } else {
                        OrganizationKind::NursingStation
                    },
                    name: format!("合成事業所 {i:04}"),
                    corporation_name: String::new(),
                    address: String::new(),
                    municipality: Some(TOKACHI[i % TOKACHI.len()].to_string()),
                    phone: format!("0155-{:02}-{:04}", i / 10_000, i % 10_000),
                    manager_name: String::new(),
                },
                plan,
                partners: vec![],
                agreements: vec![],
                patient_counts: counts,
                patients: vec![],
                break_glass: None,
            };
            let payload = serde_json::to_vec(&content).expect("serialises");
            let bytes =
                envelope::seal(&keys, &content.organization.name, "2026-10-01T00:00:00.000Z", &payload, None)
                    .expect("seals");
            (format!("member-{i:04}.hcbcp"), bytes)
        })
        .collect()
}

/// The station sample's content: a complete, realistic plan to copy into synthetic members.
pub fn template() -> ExchangeContent {
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds/samples/station-obihiro.hcbcp"),
    )
    .expect("the station sample");
    let keys = keys(&mut Sequence::new(SEED));
    let opened = envelope::open(&bytes, &keys).expect("a valid sample");
    bcp_core::exchange::content::parse(&opened.payload, false).expect("valid content")
}

const FAMILY: [&str; 16] = [
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
];
const GIVEN: [&str; 16] = [
    "一郎",
    "花子",
    "茂",
    "幸子",
    "博",
    "和子",
    "清",
    "節子",
    "勇",
    "洋子",
    "実",
    "恵子",
    "進",
    "京子",
    "修",
    "美智子",
];

/// `count` registered patients living in `places`, numbered P0001…: a mix of ventilated, NPPV,
/// oxygen and suction users with batteries at varied charge, homes in and out of flood zones, some
/// living alone, some with consents to share. Valid for `api::patients::save`.
pub fn patients(count: usize, places: &[&str], seed: u64) -> Vec<PatientRecord> {
    let mut s = Sequence::new(seed);
    (0..count)
        .map(|i| {
            let name = format!("{} {}（合成{:04}）", s.pick(&FAMILY), s.pick(&GIVEN), i + 1);
            let mut record = PatientRecord::new(&name);
            record.id = format!("P{:04}", i + 1);
            record.birth_date =
                Some(format!("19{:02}-{:02}-{:02}", 25 + s.below(60), 1 + s.below(12), 1 + s.below(28)));
            record.municipality = Some(s.pick(places).to_string());
            record.living =
                *s.pick(&[Living::Alone, Living::ElderlyOnly, Living::WithFamily, Living::WithFamily]);
            if record.living != Living::Alone {
                record.caregivers.push(Caregiver {
                    relation: s.pick(&["妻", "夫", "娘", "息子"]).to_string(),
                    age: Some(40 + u32::try_from(s.below(45)).unwrap_or(0)),
                    night_available: s.chance(0.7),
                    can_suction: s.chance(0.6),
                    can_bag: s.chance(0.4),
                });
            }
            record.residence.floor = Some(1 + i32::try_from(s.below(6)).unwrap_or(0));
            record.residence.lift_needs_power = record.residence.floor.is_some_and(|f| f > 2);
            record.residence.flood_depth = *s.pick(&[
                FloodDepth::None,
                FloodDepth::None,
                FloodDepth::Under05m,
                FloodDepth::From05To3m,
                FloodDepth::Over3m,
            ]);
            record.residence.landslide_warning_zone = s.chance(0.1);
            let class = *s.pick(&[
                DeviceClass::InvasiveVentilator,
                DeviceClass::InvasiveVentilator,
                DeviceClass::Nppv,
                DeviceClass::OxygenConcentrator,
                DeviceClass::OxygenConcentrator,
                DeviceClass::Suction,
            ]);
            let (draw, hours) = match class {
                DeviceClass::InvasiveVentilator => (20.0 + 10.0 * s.unit(), 24.0),
                DeviceClass::Nppv => (30.0 + 20.0 * s.unit(), 8.0 + 16.0 * s.unit().round()),
                DeviceClass::OxygenConcentrator => (90.0 + 60.0 * s.unit(), 24.0),
                _ => (40.0, 2.0),
            };
            record.devices.push(RegisteredDevice {
                device: Device { id: "d1".into(), class, measured_draw_w: Some(draw), nameplate_w: None },
                hours_per_day: hours,
                substitutes: match class {
                    DeviceClass::InvasiveVentilator => {
                        vec![Substitute::ResuscitationBag, Substitute::ManualSuction]
                    }
                    DeviceClass::OxygenConcentrator => vec![Substitute::OxygenCylinder],
                    _ => vec![],
                },
            });
            if matches!(class, DeviceClass::InvasiveVentilator | DeviceClass::Nppv) {
                record.power_sources.push(source(
                    "int",
                    SourceKind::Internal,
                    2.0 + 6.0 * s.unit(),
                    draw,
                    s.unit(),
                ));
                for n in 0..s.below(3) {
                    record.power_sources.push(source(
                        &format!("ext{n}"),
                        SourceKind::ExternalPack,
                        4.0 + 4.0 * s.unit(),
                        draw,
                        0.5 + 0.5 * s.unit(),
                    ));
                }
                record.off_vent_tolerance_min =
                    (class == DeviceClass::InvasiveVentilator).then(|| *s.pick(&[0.0, 5.0, 15.0, 60.0]));
            }
            if class == DeviceClass::OxygenConcentrator {
                record.oxygen = Some(OxygenSupply {
                    flow_day_lpm: 1.0 + f64::from(u32::try_from(s.below(4)).unwrap_or(0)),
                    flow_night_lpm: 1.0 + f64::from(u32::try_from(s.below(4)).unwrap_or(0)),
                    cylinders: (0..s.below(3)).map(|_| (500.0, 0.5 + 0.5 * s.unit())).collect(),
                    demand_valve: s.chance(0.5),
                });
            }
            record.admission_arranged = s.chance(0.3);
            record.power_company_registered = s.chance(0.5);
            if s.chance(0.6) {
                record.consents.push(Consent {
                    scope: ConsentScope::Partners,
                    granted_on: "2026-04-01".into(),
                    withdrawn_on: None,
                });
            }
            record.support_plan_reviewed_on =
                s.chance(0.7).then(|| format!("2026-{:02}-{:02}", 1 + s.below(11), 1 + s.below(28)));
            record
        })
        .collect()
}

fn source(id: &str, kind: SourceKind, rated_hours: f64, draw: f64, charge: f64) -> PowerSource {
    PowerSource {
        id: id.into(),
        kind,
        feeds: vec!["d1".into()],
        nominal_wh: None,
        rated_hours: Some(rated_hours),
        rated_draw_w: Some(draw),
        path: PowerPath::DeviceNative,
        health: Some(0.8 + 0.2 * (charge - 0.5).abs()),
        state_of_charge: Some(charge),
    }
}

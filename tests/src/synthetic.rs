//! A synthetic region for scale tests and benchmarks: `members` organisation files (public exchange
//! files, each signed with its own new key) whose registers add up to `patients` patients spread over
//! the seeded 十勝 and 上川中部 municipalities. Deterministic in everything but the keys.

use bcp_core::exchange::content::{CONTENT_VERSION, ExchangeContent, PatientCount, SharedOrganization};
use bcp_core::exchange::envelope;
use bcp_core::exchange::keys::OrgKeys;
use bcp_core::organization::OrganizationKind;
use bcp_core::patient::DeviceClass;
use bcp_core::patient::priority::Tier;

const PLACES: [&str; 8] = ["帯広市", "音更町", "芽室町", "幕別町", "士幌町", "広尾町", "清水町", "池田町"];
const DEVICES: [DeviceClass; 4] = [
    DeviceClass::InvasiveVentilator,
    DeviceClass::Nppv,
    DeviceClass::OxygenConcentrator,
    DeviceClass::Suction,
];

/// (file name, bytes) of each member's file. `plan_of` gives a real plan to copy into every member
/// (the cost of the dashboard is mostly each plan's completeness).
pub fn region(members: usize, patients: usize, template: &ExchangeContent) -> Vec<(String, Vec<u8>)> {
    (0..members)
        .map(|i| {
            let keys = OrgKeys::generate().expect("random keys");
            let mut plan = template.plan.clone();
            if i % 5 == 0 {
                plan = None;
            } else if let Some(p) = plan.as_mut().filter(|_| i % 7 == 0) {
                p.revision = None;
            }
            // Patients are spread evenly; every fourth member reports none.
            let share = patients / members + usize::from(i < patients % members);
            let mut counts: Vec<PatientCount> = Vec::new();
            for n in 0..share {
                let municipality = Some(PLACES[(i + n) % PLACES.len()].to_string());
                let device_class = Some(DEVICES[(i * 3 + n) % DEVICES.len()]);
                let tier = [Tier::P1, Tier::P2, Tier::P3, Tier::P3][n % 4];
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
                    municipality: Some(PLACES[i % PLACES.len()].to_string()),
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
    let keys = OrgKeys::generate().expect("random keys");
    let opened = envelope::open(&bytes, &keys).expect("a valid sample");
    bcp_core::exchange::content::parse(&opened.payload, false).expect("valid content")
}

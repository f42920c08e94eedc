//! One type for equal string enums.
//!
//! The spec repeats value lists inline: the ~430 time zones of three lock
//! brands' metadata, the capability flags of every device list's
//! `include_if` and `exclude_if`, the device types of requests and
//! resources. Each inline list would become an enum of its own, named after
//! where it stands; this pass gives each family of equal lists one enum, so
//! that the same values are one type wherever they appear (and are compiled
//! once).

use std::collections::{BTreeMap, BTreeSet};

use crate::endpoints::{Endpoint, Response};
use crate::model::{Field, Item};
use crate::types::{RESOURCES, TypeGen, describe_type, qualify};

/// Names for families whose members' names share no clear one: any
/// member's name -> the family's.
const FAMILY_NAMES: &[(&str, &str)] = &[
    (
        "ReportProviderMetadataDeviceOmnitecMetadataTimeZone",
        "TimeZone",
    ),
    ("ListDevicesIncludeIf", "DeviceCapabilityFlag"),
    ("ListDevicesManufacturer", "DeviceManufacturer"),
    ("SetFanModeFanModeSetting", "FanModeSetting"),
    ("AccessMethodMode", "AccessMode"),
];

/// A family of equal string enums, (module, name) each, and its name.
struct Family {
    name: String,
    members: Vec<(String, String)>,
}

/// Replaces the string enums of each family with one, named for the
/// family, in the module of its members (or in `resources` when they stand
/// in several), and points every type that named a member at it. Returns,
/// by top-level group, the shared enums moved to `resources` that the
/// group's own types name (to re-export there).
pub fn share_string_enums(
    types: &mut TypeGen<'_>,
    endpoints: &mut [Endpoint],
) -> BTreeMap<String, BTreeSet<String>> {
    let mut by_values: BTreeMap<Vec<String>, Vec<(String, String)>> = BTreeMap::new();
    for (module, items) in &types.modules {
        for item in items.values() {
            if let Item::StringEnum { name, values, .. } = item {
                by_values
                    .entry(values.clone())
                    .or_default()
                    .push((module.clone(), name.clone()));
            }
        }
    }
    // Token renames: per module for bare names, and everywhere for paths.
    let mut local: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut global: BTreeMap<String, String> = BTreeMap::new();
    let mut reexports: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (values, members) in by_values {
        for family in families(members) {
            let modules: BTreeSet<&str> = family.members.iter().map(|(m, _)| m.as_str()).collect();
            let home = match modules.iter().collect::<Vec<_>>()[..] {
                [one] => (*one).to_owned(),
                _ => RESOURCES.to_owned(),
            };
            let taken = types.modules.get(&home).is_some_and(|items| {
                items.contains_key(&family.name)
                    && !family
                        .members
                        .contains(&(home.clone(), family.name.clone()))
            }) || endpoints
                .iter()
                .any(|e| e.module == home && e.name == family.name);
            if taken {
                continue;
            }
            let path = qualify(&home, &family.name);
            let mut wires = Vec::new();
            for (module, name) in &family.members {
                if let Some(Item::StringEnum { doc, .. }) =
                    types.modules.get_mut(module).and_then(|m| m.remove(name))
                {
                    wires.extend(doc.split('`').nth(1).map(str::to_owned));
                }
                if module == RESOURCES {
                    global.insert(qualify(RESOURCES, name), path.clone());
                }
                local
                    .entry(module.clone())
                    .or_default()
                    .insert(name.clone(), path.clone());
                if home == RESOURCES && module != RESOURCES {
                    let top = module.split("::").next().unwrap_or_default();
                    reexports
                        .entry(top.to_owned())
                        .or_default()
                        .insert(family.name.clone());
                }
            }
            wires.dedup();
            let doc = format!(
                "The values of {}.",
                wires
                    .iter()
                    .map(|w| format!("`{w}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            types.modules.entry(home).or_default().insert(
                family.name.clone(),
                Item::StringEnum {
                    name: family.name,
                    doc,
                    values: values.clone(),
                },
            );
        }
    }
    let empty = BTreeMap::new();
    for (module, items) in types.modules.iter_mut() {
        let renames = local.get(module).unwrap_or(&empty);
        for item in items.values_mut() {
            rename_in_item(item, renames, &global);
        }
    }
    for e in endpoints.iter_mut() {
        let renames = local.get(&e.module).unwrap_or(&empty);
        for field in &mut e.fields {
            rename_in_field(field, renames, &global);
        }
        match &mut e.response {
            Response::Key { ty, .. } => *ty = rename(ty, renames, &global),
            Response::Page { item, .. } => *item = rename(item, renames, &global),
            Response::None | Response::ActionAttempt => {}
        }
    }
    reexports
}

/// Splits equal enums into families with a clear name: all of them under a
/// listed name or their members' common ending (of two words or more);
/// else each `X` with its `UnmanagedX`. Enums in no family stay as they
/// are.
fn families(members: Vec<(String, String)>) -> Vec<Family> {
    if members.len() < 2 {
        return Vec::new();
    }
    let listed = FAMILY_NAMES
        .iter()
        .find(|(member, _)| members.iter().any(|(_, name)| name == member));
    if let Some((_, name)) = listed {
        return vec![Family {
            name: (*name).to_owned(),
            members,
        }];
    }
    let ending = common_ending(members.iter().map(|(_, name)| name.as_str()));
    if words(&ending).len() >= 2 {
        return vec![Family {
            name: ending,
            members,
        }];
    }
    let mut managed: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (module, name) in members {
        let base = name
            .strip_prefix("Unmanaged")
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
            .unwrap_or(&name)
            .to_owned();
        managed.entry(base).or_default().push((module, name));
    }
    managed
        .into_iter()
        .filter(|(_, members)| members.len() >= 2)
        .map(|(name, members)| Family { name, members })
        .collect()
}

/// The words of a PascalCase name.
fn words(name: &str) -> Vec<&str> {
    let starts: Vec<usize> = name
        .char_indices()
        .filter(|(_, c)| c.is_ascii_uppercase())
        .map(|(i, _)| i)
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(k, &start)| &name[start..starts.get(k + 1).copied().unwrap_or(name.len())])
        .collect()
}

/// The longest run of whole words that every name ends with.
fn common_ending<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<Vec<&str>> = names.map(words).collect();
    let shortest = names.iter().map(Vec::len).min().unwrap_or(0);
    let mut ending = Vec::new();
    for k in 1..=shortest {
        let word = names[0][names[0].len() - k];
        if names.iter().all(|n| n[n.len() - k] == word) {
            ending.insert(0, word);
        } else {
            break;
        }
    }
    ending.concat()
}

fn rename_in_item(
    item: &mut Item,
    local: &BTreeMap<String, String>,
    global: &BTreeMap<String, String>,
) {
    match item {
        Item::Struct { fields, .. } => fields
            .iter_mut()
            .for_each(|f| rename_in_field(f, local, global)),
        Item::TaggedRequest { variants, .. } => variants
            .iter_mut()
            .flat_map(|(_, _, fields)| fields.iter_mut())
            .for_each(|f| rename_in_field(f, local, global)),
        Item::Union { variants, .. } => variants
            .iter_mut()
            .for_each(|(_, _, ty)| *ty = rename(ty, local, global)),
        Item::Selector { variants, .. } => variants
            .iter_mut()
            .for_each(|(_, _, ty)| *ty = rename(ty, local, global)),
        Item::Untagged { variants, .. } => variants
            .iter_mut()
            .for_each(|(_, ty)| *ty = rename(ty, local, global)),
        Item::StringEnum { .. } => {}
    }
}

/// Points a field at the shared enum, its doc included.
fn rename_in_field(
    field: &mut Field,
    local: &BTreeMap<String, String>,
    global: &BTreeMap<String, String>,
) {
    let ty = rename(&field.ty, local, global);
    if ty != field.ty {
        field.doc = field
            .doc
            .replacen(&describe_type(&field.ty), &describe_type(&ty), 1);
        field.ty = ty;
    }
}

/// `ty` with each name (or path) in the maps replaced.
fn rename(ty: &str, local: &BTreeMap<String, String>, global: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(ty.len());
    let mut token = String::new();
    for c in ty.chars().map(Some).chain([None]) {
        if let Some(c) = c
            && (c.is_ascii_alphanumeric() || c == '_' || c == ':')
        {
            token.push(c);
            continue;
        }
        let new = local.get(&token).or_else(|| global.get(&token));
        out.push_str(new.map_or(token.as_str(), String::as_str));
        token.clear();
        out.extend(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family_names(names: &[&str]) -> Vec<(String, Vec<String>)> {
        families(
            names
                .iter()
                .map(|n| ("m".to_owned(), (*n).to_owned()))
                .collect(),
        )
        .into_iter()
        .map(|f| (f.name, f.members.into_iter().map(|(_, n)| n).collect()))
        .collect()
    }

    #[test]
    fn families_take_a_clear_name_or_none() {
        assert_eq!(
            family_names(&["ListDevicesDeviceType", "DeviceDeviceType"]),
            [(
                "DeviceType".to_owned(),
                vec![
                    "ListDevicesDeviceType".to_owned(),
                    "DeviceDeviceType".to_owned()
                ]
            )]
        );
        assert_eq!(
            family_names(&["ListDevicesIncludeIf", "ListLocksExcludeIf"])[0].0,
            "DeviceCapabilityFlag"
        );
        // One word in common: only X and UnmanagedX pair up.
        assert_eq!(
            family_names(&[
                "AcsAccessGroupExternalType",
                "AcsAccessGroupAccessGroupType",
                "UnmanagedAcsAccessGroupExternalType",
            ]),
            [(
                "AcsAccessGroupExternalType".to_owned(),
                vec![
                    "AcsAccessGroupExternalType".to_owned(),
                    "UnmanagedAcsAccessGroupExternalType".to_owned()
                ]
            )]
        );
        assert!(family_names(&["GetRelatedInclude", "GetRelatedExclude"]).is_empty());
        assert!(family_names(&["DeviceType"]).is_empty());
    }

    #[test]
    fn renames_whole_names_only() {
        let local = BTreeMap::from([("Mode".to_owned(), "crate::resources::Mode".to_owned())]);
        let global = BTreeMap::from([(
            "crate::resources::OldMode".to_owned(),
            "crate::resources::Mode".to_owned(),
        )]);
        assert_eq!(
            rename("Vec<Mode>", &local, &global),
            "Vec<crate::resources::Mode>"
        );
        assert_eq!(
            rename(
                "::std::collections::BTreeMap<String, crate::resources::OldMode>",
                &local,
                &global
            ),
            "::std::collections::BTreeMap<String, crate::resources::Mode>"
        );
        assert_eq!(rename("ModeSetting", &local, &global), "ModeSetting");
    }
}

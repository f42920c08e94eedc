//! One Cargo feature per top-level group of endpoints (`api-access-grants`,
//! …), so that a user can build only what they call. A resource model is
//! compiled when any feature whose endpoints reach it is on.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::endpoints::{Endpoint, Response};
use crate::model::Item;
use crate::types::{RESOURCES, TypeGen};

/// The feature of a top-level group: `access_grants` -> `api-access-grants`.
pub fn feature(group: &str) -> String {
    format!("api-{}", group.replace('_', "-"))
}

/// `#[cfg(any(feature = "…", …))]` for these groups.
pub fn cfg_any(groups: &BTreeSet<String>) -> String {
    let list: Vec<String> = groups
        .iter()
        .map(|g| format!("feature = {:?}", feature(g)))
        .collect();
    match list.as_slice() {
        [one] => format!("#[cfg({one})]\n"),
        _ => format!("#[cfg(any({}))]\n", list.join(", ")),
    }
}

/// For each resource item, the groups whose endpoints reach it. Items no
/// endpoint reaches are left out of the map (always compiled).
pub fn reach(endpoints: &[Endpoint], types: &TypeGen<'_>) -> BTreeMap<String, BTreeSet<String>> {
    let resources = types.modules.get(RESOURCES).cloned().unwrap_or_default();
    // Direct references of each group.
    let mut roots: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for e in endpoints {
        let top = e.module.split("::").next().unwrap_or_default().to_owned();
        let entry = roots.entry(top).or_default();
        for field in &e.fields {
            entry.extend(resource_refs(&field.ty));
        }
        match &e.response {
            Response::Key { ty, .. } => entry.extend(resource_refs(ty)),
            Response::Page { item, .. } => entry.extend(resource_refs(item)),
            Response::None | Response::ActionAttempt => {}
        }
    }
    for (module, items) in &types.modules {
        if module == RESOURCES {
            continue;
        }
        let top = module.split("::").next().unwrap_or_default().to_owned();
        let entry = roots.entry(top).or_default();
        for item in items.values() {
            entry.extend(item_refs(item, false));
        }
    }
    // Everything each group reaches.
    let mut reach: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (group, start) in roots {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut todo: Vec<String> = start.into_iter().collect();
        while let Some(name) = todo.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            if let Some(item) = resources.get(&name) {
                todo.extend(item_refs(item, true));
            }
        }
        for name in seen {
            reach.entry(name).or_default().insert(group.clone());
        }
    }
    reach
}

/// The resource names a type mentions (`crate::resources::X`).
fn resource_refs(ty: &str) -> Vec<String> {
    ty.split(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '_'))
        .filter_map(|part| part.strip_prefix("crate::resources::"))
        .map(str::to_owned)
        .collect()
}

/// What an item refers to; in `resources`, payloads are named bare.
fn item_refs(item: &Item, in_resources: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut ty = |t: &str| {
        out.extend(resource_refs(t));
        if in_resources && !t.contains("::") && !t.contains('<') {
            out.push(t.to_owned());
        }
    };
    match item {
        Item::Struct { fields, .. } => fields.iter().for_each(|f| ty(&f.ty)),
        Item::StringEnum { .. } => {}
        Item::Union { variants, .. } => variants.iter().for_each(|(_, _, p)| ty(p)),
        Item::Untagged { variants, .. } => variants.iter().for_each(|(_, p)| ty(p)),
        Item::Selector { variants, .. } => variants.iter().for_each(|(_, _, t)| ty(t)),
        Item::TaggedRequest { variants, .. } => variants
            .iter()
            .for_each(|(_, _, fields)| fields.iter().for_each(|f| ty(&f.ty))),
    }
    out
}

/// Fails unless the manifest declares a feature for every generated group.
pub fn check_manifest(manifest: &Path, files: &BTreeMap<String, String>) -> Result<(), String> {
    let text = std::fs::read_to_string(manifest).map_err(|e| e.to_string())?;
    let missing: Vec<String> = files
        .keys()
        .filter_map(|f| f.strip_suffix(".rs"))
        .filter(|f| !matches!(*f, "mod" | "resources") && !f.contains('/'))
        .map(feature)
        .filter(|feature| {
            !text
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{feature} =")))
        })
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Cargo.toml lacks the features {missing:?}: add them (and to `api`)"
        ))
    }
}

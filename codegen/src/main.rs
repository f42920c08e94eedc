//! Generates the `seamapi` crate's endpoints and models from Seam's OpenAPI
//! document (`peers/openapi.json`, written by `scripts/install-peers` from
//! the pinned `@seamapi/types`).
//!
//! ```text
//! cargo run -p seamapi-codegen            # write src/generated/
//! cargo run -p seamapi-codegen -- --check # fail on any difference
//! ```

mod endpoints;
mod features;
mod model;
mod names;
mod render;
mod shared;
mod spec;
mod sweep;
mod types;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use endpoints::Endpoint;
use spec::Spec;
use types::{RESOURCES, TypeGen};

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    match run(&root, check) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("codegen: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(root: &Path, check: bool) -> Result<bool, String> {
    let spec = Spec::load(&root.join("peers/openapi.json").to_string_lossy())?;
    let files = generate(&spec)?;
    features::check_manifest(&root.join("Cargo.toml"), &files)?;
    let dir = root.join("src/generated");
    let existing: BTreeSet<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    if check {
        let mut same = true;
        for (name, text) in &files {
            let path = dir.join(name);
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                eprintln!(
                    "codegen: {} differs from what the spec generates",
                    path.display()
                );
                same = false;
            }
        }
        for path in &existing {
            if !files.contains_key(
                &path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
            ) {
                eprintln!("codegen: {} is not generated any more", path.display());
                same = false;
            }
        }
        if same {
            eprintln!(
                "codegen: src/generated is up to date ({} files)",
                files.len()
            );
        } else {
            eprintln!("codegen: run `cargo run -p seamapi-codegen` and commit the result");
        }
        return Ok(same);
    }
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for path in existing {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if !files.contains_key(&name) {
            std::fs::remove_file(&path).map_err(|e| e.to_string())?;
        }
    }
    for (name, text) in &files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(path, text).map_err(|e| e.to_string())?;
    }
    eprintln!("codegen: wrote {} files to {}", files.len(), dir.display());
    Ok(true)
}

/// The sweep's cases, written under `tests/` rather than `src/generated/`.
const SWEEP: &str = "../../tests/sweep/cases.rs";

/// Resource names a hand-written item of the same module takes: the
/// webhook verifier is `seamapi::webhooks::Webhook`.
const SHADOWED: &[(&str, &str)] = &[("webhooks", "Webhook")];

/// Every generated file, by name, formatted.
fn generate(spec: &Spec) -> Result<BTreeMap<String, String>, String> {
    let mut types = TypeGen::new(spec);
    let ops = spec.operations();
    let mut endpoints: Vec<Endpoint> = ops
        .iter()
        .map(|op| endpoints::endpoint(&mut types, spec, op))
        .collect();
    // Every resource, whether an endpoint returns it or not (events, say).
    let components: Vec<String> = spec.component_names();
    for component in components {
        types.component(&component);
    }
    let shared = shared::share_string_enums(&mut types, &mut endpoints);

    // Module tree: top-level group -> nested module path -> contents.
    let mut modules: BTreeMap<String, String> = BTreeMap::new();
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for e in &endpoints {
        let body = modules.entry(e.module.clone()).or_default();
        render::endpoint(body, e);
        let top = e.module.split("::").next().unwrap_or_default().to_owned();
        uses.entry(top).or_default().extend(e.uses.iter().cloned());
    }
    for (top, names) in shared {
        uses.entry(top).or_default().extend(names);
    }
    for (module, items) in &types.modules {
        if module == RESOURCES {
            continue;
        }
        let body = modules.entry(module.clone()).or_default();
        for item in items.values() {
            render::item(body, item);
        }
    }

    let mut files = BTreeMap::new();
    let tops: BTreeSet<String> = modules
        .keys()
        .map(|m| m.split("::").next().unwrap_or_default().to_owned())
        .collect();
    for top in &tops {
        let mut text = format!(
            "//! The `{top}` endpoints of the Seam API.\n//!\n//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.\n\n"
        );
        let local: BTreeSet<String> = types
            .modules
            .get(top.as_str())
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        let reexports: Vec<String> = uses
            .get(top)
            .map(|u| {
                u.iter()
                    .filter(|n| {
                        !local.contains(*n)
                            && !endpoints.iter().any(|e| e.module == *top && e.name == **n)
                            && !SHADOWED.contains(&(top.as_str(), n.as_str()))
                    })
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        if !reexports.is_empty() {
            text.push_str(&format!(
                "pub use crate::resources::{{{}}};\n\n",
                reexports.join(", ")
            ));
        }
        text.push_str(modules.get(top).map(String::as_str).unwrap_or_default());
        nest(&mut text, &modules, top);
        files.insert(format!("{top}.rs"), format(&text)?);
    }
    let mut resources = String::from(
        "//! The Seam API's resources: what its endpoints return.\n//!\n//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.\n\n",
    );
    let reach = features::reach(&endpoints, &types);
    for item in types
        .modules
        .get(RESOURCES)
        .map(|m| m.values().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        if let Some(groups) = reach.get(item.name()) {
            resources.push_str(&features::cfg_any(groups));
        }
        render::item(&mut resources, item);
    }
    files.insert("resources.rs".into(), format(&resources)?);

    let mut index = String::from(
        "//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.\n\npub mod resources;\n",
    );
    for top in &tops {
        index.push_str(&format!(
            "{}pub mod {top};\n",
            features::cfg_any(&BTreeSet::from([top.clone()]))
        ));
    }
    index.push_str(&format!(
        "\n/// How many endpoints were generated.\npub const ENDPOINT_COUNT: usize = {};\n",
        endpoints.len()
    ));
    files.insert("mod.rs".into(), format(&index)?);
    files.insert(SWEEP.into(), format(&sweep::cases(&endpoints, &types))?);
    Ok(files)
}

/// Appends the modules nested under `parent` as inline `pub mod`s.
fn nest(out: &mut String, modules: &BTreeMap<String, String>, parent: &str) {
    let prefix = format!("{parent}::");
    let children: BTreeSet<&str> = modules
        .keys()
        .filter_map(|m| m.strip_prefix(&prefix))
        .map(|rest| rest.split("::").next().unwrap_or_default())
        .collect();
    for child in children {
        let path = format!("{parent}::{child}");
        out.push_str(&format!(
            "/// The `{}` endpoints.\npub mod {child} {{\n",
            path.replace("::", "/")
        ));
        out.push_str(modules.get(&path).map(String::as_str).unwrap_or_default());
        nest(out, modules, &path);
        out.push_str("}\n\n");
    }
}

/// Formats Rust source with rustfmt.
fn format(source: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("no stdin")?
        .write_all(source.as_bytes())
        .map_err(|e| e.to_string())?;
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    if !output.status.success() {
        let dump = std::env::temp_dir().join("seamapi-codegen-unformatted.rs");
        let _ = std::fs::write(&dump, source);
        return Err(format!(
            "rustfmt failed (source in {}): {}",
            dump.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| e.to_string())
}

//! Rendering items and endpoints as Rust source.

use std::fmt::Write;

use crate::endpoints::{Endpoint, Response};
use crate::model::{Field, Item, Side};
use crate::names::pascal;
use crate::spec::Verb;

/// A `///` block.
fn doc(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

fn deprecated(out: &mut String, indent: &str, note: &Option<String>) {
    if let Some(note) = note {
        let note = if note.is_empty() {
            "deprecated by Seam".to_owned()
        } else {
            format!("Seam: {note}")
        };
        let _ = writeln!(out, "{indent}#[deprecated(note = {note:?})]");
    }
}

/// The field's full type in a request.
fn request_type(field: &Field) -> String {
    let ty = &field.ty;
    match (field.flatten, field.required, field.nullable) {
        (true, _, _) | (false, true, false) => ty.clone(),
        (false, true, true) => format!("crate::Nullable<{ty}>"),
        (false, false, false) => format!("Option<{ty}>"),
        (false, false, true) => format!("Option<crate::Nullable<{ty}>>"),
    }
}

/// The field's full type in a response.
fn response_type(field: &Field) -> String {
    if field.collection || (field.required && !field.nullable) {
        field.ty.clone()
    } else {
        format!("Option<{}>", field.ty)
    }
}

pub fn item(out: &mut String, item: &Item) {
    match item {
        Item::Struct {
            name,
            doc: d,
            side: Side::Response,
            fields,
        } => {
            doc(out, "", d);
            out.push_str("#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]\n#[non_exhaustive]\n");
            let _ = writeln!(out, "pub struct {name} {{");
            for f in fields {
                doc(out, "    ", &f.doc);
                deprecated(out, "    ", &f.deprecated);
                let ty = response_type(f);
                let mut attrs = Vec::new();
                if f.name.trim_start_matches("r#") != f.wire {
                    attrs.push(format!("rename = {:?}", f.wire));
                }
                if ty.starts_with("Option<") {
                    attrs.push("default, skip_serializing_if = \"Option::is_none\"".into());
                } else if f.collection {
                    attrs.push("default".into());
                }
                if !attrs.is_empty() {
                    let _ = writeln!(out, "    #[serde({})]", attrs.join(", "));
                }
                let _ = writeln!(out, "    pub {}: {ty},", f.name);
            }
            out.push_str("}\n\n");
        }
        Item::Struct {
            name,
            doc: d,
            side: Side::Request,
            fields,
        } => {
            doc(out, "", d);
            let default = fields.iter().all(|f| !f.required && !f.flatten);
            let derives = if default {
                "Debug, Clone, PartialEq, Default, ::serde::Serialize"
            } else {
                "Debug, Clone, PartialEq, ::serde::Serialize"
            };
            let _ = writeln!(
                out,
                "#[derive({derives})]\n#[non_exhaustive]\npub struct {name} {{"
            );
            request_fields(out, fields, true);
            out.push_str("}\n\n");
            constructor(out, name, fields);
        }
        Item::StringEnum {
            name,
            doc: d,
            values,
        } => {
            out.push_str("seamapi_runtime::string_enum! {\n");
            doc(out, "    ", d);
            let _ = writeln!(out, "    pub enum {name} {{");
            let mut used: Vec<String> = Vec::new();
            for value in values {
                let mut variant = pascal(value);
                if variant.is_empty() {
                    variant = "Empty".into();
                }
                if variant == "Other" {
                    variant = "OtherValue".into();
                }
                let base = variant.clone();
                let mut n = 2;
                while used.contains(&variant) {
                    variant = format!("{base}{n}");
                    n += 1;
                }
                used.push(variant.clone());
                let _ = writeln!(
                    out,
                    "        /// `{value}`.\n        {variant} => {value:?},"
                );
            }
            out.push_str("    }\n}\n\n");
        }
        Item::Union {
            name,
            doc: d,
            tag,
            variants,
            with_message,
        } => {
            out.push_str("seamapi_runtime::tagged_union! {\n");
            doc(out, "    ", d);
            let message = if *with_message { " message" } else { "" };
            let _ = writeln!(out, "    pub enum {name} tag {tag:?}{message} {{");
            for (variant, value, payload) in variants {
                let _ = writeln!(
                    out,
                    "        /// `{tag}` is `{value}`.\n        {variant}({value:?}) => {payload},"
                );
            }
            out.push_str("    }\n}\n\n");
        }
        Item::Untagged {
            name,
            doc: d,
            variants,
        } => {
            doc(out, "", d);
            out.push_str("#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]\n#[serde(untagged)]\n#[non_exhaustive]\n");
            let _ = writeln!(out, "pub enum {name} {{");
            for (variant, payload) in variants {
                let _ = writeln!(
                    out,
                    "    /// The [`{payload}`] form.\n    {variant}({payload}),"
                );
            }
            out.push_str("    /// A form unknown to this SDK version, kept as it came.\n    Other(::serde_json::Value),\n}\n\n");
        }
        Item::Selector {
            name,
            doc: d,
            variants,
        } => {
            doc(out, "", d);
            let _ = writeln!(
                out,
                "#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]\npub enum {name} {{"
            );
            for (variant, wire, ty) in variants {
                let _ = writeln!(
                    out,
                    "    /// By `{wire}`.\n    #[serde(rename = {wire:?})]\n    {variant}({ty}),"
                );
            }
            out.push_str("}\n\n");
            let mut tys: Vec<&String> = variants.iter().map(|(_, _, t)| t).collect();
            tys.sort();
            tys.dedup();
            if tys.len() == variants.len() {
                for (variant, _, ty) in variants {
                    let _ = writeln!(
                        out,
                        "impl From<{ty}> for {name} {{\n    fn from(value: {ty}) -> Self {{\n        {name}::{variant}(value)\n    }}\n}}\n"
                    );
                    if ty == "String" {
                        let _ = writeln!(
                            out,
                            "impl From<&str> for {name} {{\n    fn from(value: &str) -> Self {{\n        {name}::{variant}(value.to_owned())\n    }}\n}}\n"
                        );
                    }
                }
            }
        }
        Item::TaggedRequest {
            name,
            doc: d,
            tag,
            variants,
        } => {
            doc(out, "", d);
            let _ = writeln!(
                out,
                "#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]\n#[serde(tag = {tag:?})]\npub enum {name} {{"
            );
            for (variant, value, fields) in variants {
                let _ = writeln!(
                    out,
                    "    /// `{tag}` is `{value}`.\n    #[serde(rename = {value:?})]\n    {variant} {{"
                );
                for f in fields {
                    doc(out, "        ", &f.doc);
                    let ty = request_type(f);
                    if ty.starts_with("Option<") {
                        out.push_str(
                            "        #[serde(skip_serializing_if = \"Option::is_none\")]\n",
                        );
                    }
                    if f.name.trim_start_matches("r#") != f.wire {
                        let _ = writeln!(out, "        #[serde(rename = {:?})]", f.wire);
                    }
                    let _ = writeln!(out, "        {}: {ty},", f.name);
                }
                out.push_str("    },\n");
            }
            out.push_str("}\n\n");
        }
    }
}

/// Request fields; `skip_none` adds `skip_serializing_if` (the endpoint
/// attribute adds it itself).
fn request_fields(out: &mut String, fields: &[Field], skip_none: bool) {
    for f in fields {
        doc(out, "    ", &f.doc);
        deprecated(out, "    ", &f.deprecated);
        let ty = request_type(f);
        let mut attrs = Vec::new();
        if f.flatten {
            attrs.push("flatten".to_owned());
        } else if f.name.trim_start_matches("r#") != f.wire {
            attrs.push(format!("rename = {:?}", f.wire));
        }
        if skip_none && ty.starts_with("Option<") {
            attrs.push("skip_serializing_if = \"Option::is_none\"".into());
        }
        if !attrs.is_empty() {
            let _ = writeln!(out, "    #[serde({})]", attrs.join(", "));
        }
        let _ = writeln!(out, "    pub {}: {ty},", f.name);
    }
}

/// `new(required...)` and the setters of the optional fields.
fn constructor(out: &mut String, name: &str, fields: &[Field]) {
    let required: Vec<&Field> = fields.iter().filter(|f| f.required || f.flatten).collect();
    let is_list = |f: &Field| !f.nullable && !f.flatten && f.ty.starts_with("Vec<");
    let params: Vec<String> = required
        .iter()
        .map(|f| {
            let ty = request_type(f);
            if is_list(f) {
                let inner = &ty["Vec<".len()..ty.len() - 1];
                format!("{}: impl IntoIterator<Item = impl Into<{inner}>>", f.name)
            } else if f.plain && !f.nullable {
                format!("{}: {ty}", f.name)
            } else {
                format!("{}: impl Into<{ty}>", f.name)
            }
        })
        .collect();
    let inits: Vec<String> = fields
        .iter()
        .map(|f| {
            if f.required || f.flatten {
                if is_list(f) {
                    format!(
                        "{}: {}.into_iter().map(Into::into).collect()",
                        f.name, f.name
                    )
                } else if f.plain && !f.nullable {
                    f.name.clone()
                } else {
                    format!("{}: {}.into()", f.name, f.name)
                }
            } else {
                format!("{}: None", f.name)
            }
        })
        .collect();
    let what = if required.is_empty() {
        "A request with no parameter set yet; set them with the setters.".to_owned()
    } else {
        format!(
            "A request with its required parameters (`{}`); set the others with the setters.",
            required
                .iter()
                .map(|f| f.wire.as_str())
                .collect::<Vec<_>>()
                .join("`, `")
        )
    };
    let _ = writeln!(
        out,
        "#[allow(deprecated)]\nimpl {name} {{\n    /// {what}\n    #[allow(clippy::too_many_arguments)]\n    pub fn new({}) -> Self {{\n        {name} {{ {} }}\n    }}\n}}\n",
        params.join(", "),
        inits.join(", ")
    );
    let optional: Vec<&Field> = fields
        .iter()
        .filter(|f| !f.required && !f.flatten)
        .collect();
    if optional.is_empty() {
        return;
    }
    let _ = writeln!(out, "crate::setters::setters! {{\n    {name} {{");
    for f in optional {
        let kind = if f.nullable {
            "nullable"
        } else if f.ty.starts_with("Vec<") {
            "list"
        } else if f.plain {
            "plain"
        } else {
            "value"
        };
        let inner = if kind == "list" {
            f.ty.strip_prefix("Vec<")
                .and_then(|t| t.strip_suffix('>'))
                .unwrap_or(&f.ty)
                .to_owned()
        } else {
            f.ty.clone()
        };
        let _ = writeln!(out, "        /// Sets `{}`.", f.wire);
        deprecated(out, "        ", &f.deprecated);
        let _ = writeln!(out, "        {kind} {}: {inner},", f.name);
    }
    out.push_str("    }\n}\n\n");
}

pub fn endpoint(out: &mut String, e: &Endpoint) {
    let verb = match e.verb {
        Verb::Get => "GET",
        Verb::Post => "POST",
    };
    let mut text = format!("`{verb} {}`", e.path);
    match &e.response {
        Response::None => text.push_str(": returns nothing but success."),
        Response::Key { ty, key } => {
            let _ = write!(text, ": returns {} (under `{key}`).", link(ty));
        }
        Response::Page { item, key, .. } => {
            let _ = write!(
                text,
                ": returns one page of {} (under `{key}`); walk every page with [`Client::paginate`](crate::Client::paginate).",
                link(item)
            );
        }
        Response::ActionAttempt => text.push_str(
            ": starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.",
        ),
    }
    if e.validate.is_some() {
        text.push_str("\n\nSome parameters are checked before anything is sent.");
    }
    let _ = write!(text, "\n\nSee <https://docs.seam.co/api{}>.", e.path);
    doc(out, "", &text);
    let mut args = vec![verb.to_owned(), format!("{:?}", e.path)];
    match &e.response {
        Response::None => {}
        Response::Key { ty, key } => {
            args.push(format!("response = {ty}"));
            args.push(format!("key = {key:?}"));
        }
        Response::Page { ty, .. } => args.push(format!("response = {ty}")),
        Response::ActionAttempt => args.push("action_attempt".into()),
    }
    if e.paginated {
        args.push("paginated".into());
    }
    if let Some(validate) = &e.validate {
        args.push(format!("validate = {validate}"));
    }
    let _ = writeln!(out, "#[crate::seam_endpoint({})]", args.join(", "));
    if e.no_body && e.fields.is_empty() {
        deprecated(out, "", &e.deprecated);
        let _ = writeln!(
            out,
            "#[derive(Default)]\npub struct {name};\n\n#[allow(deprecated)]\nimpl {name} {{\n    /// The request (the endpoint takes no parameters).\n    pub fn new() -> Self {{\n        {name}\n    }}\n}}\n",
            name = e.name
        );
    } else {
        let default = e.fields.iter().all(|f| !f.required && !f.flatten);
        if default {
            out.push_str("#[derive(Default)]\n");
        }
        out.push_str("#[non_exhaustive]\n");
        deprecated(out, "", &e.deprecated);
        let _ = writeln!(out, "pub struct {} {{", e.name);
        request_fields(out, &e.fields, false);
        out.push_str("}\n\n");
        constructor(out, &e.name, &e.fields);
    }
    if let Response::Page { ty, item, key } = &e.response {
        let field = crate::names::snake(key);
        let _ = writeln!(
            out,
            "/// One page of `{key}`.\n#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]\n#[non_exhaustive]\npub struct {ty} {{\n    /// The items of this page.\n    pub {field}: Vec<{item}>,\n    /// Where this page stands.\n    #[serde(default)]\n    pub pagination: crate::Pagination,\n}}\n\nimpl crate::PageResponse for {ty} {{\n    type Item = {item};\n\n    fn into_page(self) -> crate::Page<{item}> {{\n        crate::Page {{ items: self.{field}, pagination: self.pagination }}\n    }}\n}}\n"
        );
    }
}

fn link(ty: &str) -> String {
    if let Some(inner) = ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
        return format!("a list of {}", link(inner));
    }
    let name = ty.rsplit("::").next().unwrap_or(ty);
    if ty.starts_with("crate::") {
        format!("[`{name}`]({ty})")
    } else if ty.contains("::") || ty.chars().next().is_some_and(char::is_lowercase) {
        format!("`{name}`")
    } else {
        format!("[`{name}`]")
    }
}

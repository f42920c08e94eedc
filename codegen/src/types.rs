//! Mapping JSON schemas to Rust types, registering the named types they
//! need on the way.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::model::{Field, Item, Side};
use crate::names::{pascal, singular, snake};
use crate::spec::Spec;

/// The module response models live in.
pub const RESOURCES: &str = "resources";

/// A Rust type for a schema, and how it behaves as a field.
#[derive(Debug, Clone)]
pub struct TypeInfo {
    pub ty: String,
    pub nullable: bool,
    pub collection: bool,
    pub plain: bool,
}

impl TypeInfo {
    fn new(ty: impl Into<String>) -> TypeInfo {
        TypeInfo {
            ty: ty.into(),
            nullable: false,
            collection: false,
            plain: false,
        }
    }

    fn plain(mut self) -> TypeInfo {
        self.plain = true;
        self
    }

    fn collection(mut self) -> TypeInfo {
        self.collection = true;
        self
    }
}

/// Every named type, by module then name.
pub struct TypeGen<'s> {
    spec: &'s Spec,
    pub modules: BTreeMap<String, BTreeMap<String, Item>>,
    /// Names given to components: `event` -> `SeamEvent`.
    renames: BTreeMap<&'static str, &'static str>,
}

impl<'s> TypeGen<'s> {
    pub fn new(spec: &'s Spec) -> TypeGen<'s> {
        TypeGen {
            spec,
            modules: BTreeMap::new(),
            renames: BTreeMap::from([("event", "SeamEvent")]),
        }
    }

    /// Registers `item` in `module`, under its name or, if that name holds
    /// something else, a numbered one. Returns the name used.
    pub fn register(&mut self, module: &str, item: Item) -> String {
        let item = match crate::endpoints::RENAMES
            .iter()
            .find(|(from, _)| *from == item.name())
        {
            Some((_, to)) => rename(&item, to),
            None => item,
        };
        let items = self.modules.entry(module.to_owned()).or_default();
        let base = item.name().to_owned();
        let mut name = base.clone();
        let mut n = 2;
        loop {
            match items.get(&name) {
                None => break,
                Some(existing) if same_shape(existing, &rename(&item, &name)) => return name,
                Some(_) => {
                    name = format!("{base}{n}");
                    n += 1;
                }
            }
        }
        items.insert(name.clone(), rename(&item, &name));
        name
    }

    /// The Rust name of a component's model, generating it on first use.
    pub fn component(&mut self, component: &str) -> String {
        match component {
            "action_attempt" => return "crate::ActionAttempt".into(),
            "pagination" => return "crate::Pagination".into(),
            _ => {}
        }
        let name = self
            .renames
            .get(component)
            .map_or_else(|| pascal(component), |n| (*n).to_owned());
        let path = format!("crate::{RESOURCES}::{name}");
        if self
            .modules
            .get(RESOURCES)
            .is_some_and(|m| m.contains_key(&name))
        {
            return path;
        }
        // Reserve the name first: components refer to themselves.
        self.modules.entry(RESOURCES.into()).or_default().insert(
            name.clone(),
            Item::Struct {
                name: name.clone(),
                doc: String::new(),
                side: Side::Response,
                fields: Vec::new(),
            },
        );
        let schema = self.spec.component(component);
        let doc = format!("The `{component}` resource.");
        let item = self.named_item(schema, Side::Response, &name, RESOURCES, doc);
        self.modules.get_mut(RESOURCES).unwrap().insert(name, item);
        path
    }

    /// The item for a schema that needs a named type (object or one-of).
    fn named_item(
        &mut self,
        schema: &'s Value,
        side: Side,
        name: &str,
        module: &str,
        doc: String,
    ) -> Item {
        let schema = self.spec.resolve(schema);
        if let Some(variants) = schema.get("oneOf").and_then(Value::as_array) {
            return self.one_of_item(schema, variants, side, name, module, doc);
        }
        let (props, required) = self.properties(schema);
        let fields = self.fields(&props, &required, side, name, module);
        Item::Struct {
            name: name.to_owned(),
            doc,
            side,
            fields,
        }
    }

    /// Properties and required names of an object schema, `allOf` merged.
    pub fn properties(&self, schema: &'s Value) -> (Vec<(String, &'s Value)>, Vec<String>) {
        let schema = self.spec.resolve(schema);
        let mut props = Vec::new();
        let mut required = Vec::new();
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            for part in parts {
                let (p, r) = self.properties(part);
                props.extend(p);
                required.extend(r);
            }
        }
        if let Some(map) = schema.get("properties").and_then(Value::as_object) {
            props.extend(map.iter().map(|(k, v)| (k.clone(), v)));
        }
        if let Some(list) = schema.get("required").and_then(Value::as_array) {
            required.extend(list.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        (props, required)
    }

    /// Fields for properties; nested types are named `{parent}{Field}`.
    pub fn fields(
        &mut self,
        props: &[(String, &'s Value)],
        required: &[String],
        side: Side,
        parent: &str,
        module: &str,
    ) -> Vec<Field> {
        let mut fields = Vec::new();
        for (wire, schema) in props {
            if fields.iter().any(|f: &Field| f.wire == *wire) {
                continue;
            }
            let hint = format!("{parent}{}", pascal(wire));
            let mut info = self.ty(schema, side, &hint, module);
            if side == Side::Request && wire == "limit" && info.ty == "f64" {
                info.ty = "u32".into();
            }
            let resolved = self.spec.resolve(schema);
            let deprecated = deprecation(resolved);
            let is_required = required.contains(wire);
            fields.push(Field {
                name: snake(wire),
                wire: wire.clone(),
                doc: describe_field(wire, &info, is_required, side),
                ty: info.ty,
                required: is_required,
                nullable: info.nullable,
                collection: info.collection,
                plain: info.plain,
                deprecated,
                flatten: false,
            });
        }
        fields
    }

    /// The Rust type of a schema.
    pub fn ty(&mut self, schema: &'s Value, side: Side, hint: &str, module: &str) -> TypeInfo {
        let nullable = schema
            .get("nullable")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let mut info = self.ty_inner(schema, side, hint, module);
        info.nullable |= nullable;
        info
    }

    fn ty_inner(&mut self, schema: &'s Value, side: Side, hint: &str, module: &str) -> TypeInfo {
        if let Some(component) = Spec::ref_name(schema) {
            let component = component.to_owned();
            let ty = self.component(&component);
            let resolved = self.spec.resolve(schema);
            let nullable = resolved
                .get("nullable")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let mut info = TypeInfo::new(ty);
            info.nullable = nullable;
            return info;
        }
        if let Some(variants) = schema.get("oneOf").and_then(Value::as_array) {
            // Alternatives of plain strings: one string enum of all values.
            if variants
                .iter()
                .all(|v| self.spec.resolve(v)["type"] == "string")
            {
                let values: Vec<String> = variants
                    .iter()
                    .flat_map(|v| {
                        self.spec.resolve(v)["enum"]
                            .as_array()
                            .cloned()
                            .unwrap_or_default()
                    })
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect();
                if values.is_empty() {
                    return TypeInfo::new("String");
                }
                return TypeInfo::new(self.string_enum(hint, module, values));
            }
            let types: Vec<&str> = variants
                .iter()
                .map(|v| self.spec.resolve(v)["type"].as_str().unwrap_or(""))
                .collect();
            if types.iter().all(|t| matches!(*t, "string" | "boolean")) {
                return TypeInfo::new("crate::MetadataValue");
            }
            if types.iter().all(|t| *t == "object") {
                let name = self.register_named(schema, side, hint, module);
                return TypeInfo::new(name);
            }
            return TypeInfo::new("::serde_json::Value");
        }
        if schema.get("allOf").is_some() {
            let name = self.register_named(schema, side, hint, module);
            return TypeInfo::new(name);
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array)
            && schema["type"] == "string"
        {
            let values: Vec<String> = values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            return TypeInfo::new(self.string_enum(hint, module, values));
        }
        match schema["type"].as_str() {
            Some("string") => match schema["format"].as_str() {
                Some("uuid") => TypeInfo::new("crate::Uuid").plain(),
                Some("date-time") => TypeInfo::new("crate::Timestamp").plain(),
                // A window's `starts_at` and `ends_at` are timestamps,
                // even where the spec leaves out their format.
                None if side == Side::Request
                    && matches!(
                        hint_to_wire(hint)
                            .rsplit('_')
                            .take(2)
                            .collect::<Vec<_>>()
                            .as_slice(),
                        ["at", "starts" | "ends"]
                    ) =>
                {
                    TypeInfo::new("crate::Timestamp").plain()
                }
                _ => TypeInfo::new("String"),
            },
            Some("integer") => TypeInfo::new("i64").plain(),
            Some("number") => TypeInfo::new("f64").plain(),
            Some("boolean") => TypeInfo::new("bool").plain(),
            Some("array") => {
                let item_hint = singular_hint(hint);
                let inner = self.ty(&schema["items"], side, &item_hint, module);
                TypeInfo::new(format!("Vec<{}>", inner.ty)).collection()
            }
            Some("object") | None if schema.get("properties").is_some() => {
                let name = self.register_named(schema, side, hint, module);
                TypeInfo::new(name)
            }
            Some("object") => match schema.get("additionalProperties") {
                Some(values) if values.is_object() => {
                    let inner = self.ty(values, side, &format!("{hint}Value"), module);
                    TypeInfo::new("::serde_json::Map<String, ::serde_json::Value>")
                        .collection()
                        .with_map_values(inner)
                }
                _ => TypeInfo::new("::serde_json::Map<String, ::serde_json::Value>").collection(),
            },
            _ => TypeInfo::new("::serde_json::Value"),
        }
    }

    /// Registers the named type for an inline object or one-of schema and
    /// returns its path.
    fn register_named(
        &mut self,
        schema: &'s Value,
        side: Side,
        hint: &str,
        module: &str,
    ) -> String {
        let doc = format!("The `{}` object.", hint_to_wire(hint));
        let item = self.named_item(schema, side, hint, module, doc);
        let name = self.register(module, item);
        qualify(module, &name)
    }

    /// The type of a request body's alternatives (`oneOf` objects): a
    /// selector, a tagged enum or a struct of their merged fields, as
    /// [`Self::ty`] gives for such a one-of; `serde_json::Value` unless every
    /// alternative is an object.
    pub fn request_alternatives(
        &mut self,
        variants: &'s [Value],
        hint: &str,
        module: &str,
    ) -> String {
        let resolved: Vec<&'s Value> = variants.iter().map(|v| self.spec.resolve(v)).collect();
        if !resolved.iter().all(|v| v["type"] == "object") {
            return "::serde_json::Value".into();
        }
        let tag = self.implicit_tag(&resolved);
        let doc = format!("The `{}` object.", hint_to_wire(hint));
        let item = self.request_one_of(&resolved, tag, hint, module, doc);
        let name = self.register(module, item);
        qualify(module, &name)
    }

    /// Registers a string enum and returns its path.
    fn string_enum(&mut self, hint: &str, module: &str, mut values: Vec<String>) -> String {
        values.dedup();
        let item = Item::StringEnum {
            name: hint.to_owned(),
            doc: format!("The values of `{}`.", hint_to_wire(hint)),
            values,
        };
        let name = self.register(module, item);
        qualify(module, &name)
    }

    /// The item for a one-of of objects.
    fn one_of_item(
        &mut self,
        schema: &'s Value,
        variants: &'s [Value],
        side: Side,
        name: &str,
        module: &str,
        doc: String,
    ) -> Item {
        let resolved: Vec<&'s Value> = variants.iter().map(|v| self.spec.resolve(v)).collect();
        let tag = schema["discriminator"]["propertyName"]
            .as_str()
            .map(str::to_owned)
            .or_else(|| self.implicit_tag(&resolved));
        match (side, tag) {
            (Side::Response, Some(tag)) => {
                let mut out = Vec::new();
                let mut with_message = true;
                for variant in &resolved {
                    let (props, required) = self.properties(variant);
                    let Some(value) = props
                        .iter()
                        .find(|(k, _)| *k == tag)
                        .and_then(|(_, s)| self.spec.resolve(s)["enum"][0].as_str())
                    else {
                        continue;
                    };
                    let value = value.to_owned();
                    let rest: Vec<(String, &Value)> =
                        props.into_iter().filter(|(k, _)| *k != tag).collect();
                    with_message &= rest
                        .iter()
                        .any(|(k, s)| k == "message" && self.spec.resolve(s)["type"] == "string")
                        && required.iter().any(|r| r == "message");
                    let variant_name = pascal(&value);
                    let payload_name = format!("{name}{variant_name}");
                    let fields = self.fields(&rest, &required, side, &payload_name, module);
                    let payload = self.register(
                        module,
                        Item::Struct {
                            name: payload_name,
                            doc: format!("A `{name}` whose `{tag}` is `{value}`."),
                            side,
                            fields,
                        },
                    );
                    if !out
                        .iter()
                        .any(|(v, _, _): &(String, String, String)| *v == variant_name)
                    {
                        out.push((variant_name, value, payload));
                    }
                }
                Item::Union {
                    name: name.to_owned(),
                    doc,
                    tag,
                    variants: out,
                    with_message,
                }
            }
            (Side::Response, None) => {
                let mut out = Vec::new();
                for (i, variant) in resolved.iter().enumerate() {
                    let variant_name = format!("Variant{}", i + 1);
                    let payload_name = format!("{name}{variant_name}");
                    let item = self.named_item(
                        variant,
                        side,
                        &payload_name,
                        module,
                        format!("One form of `{name}`."),
                    );
                    let payload = self.register(module, item);
                    out.push((variant_name, payload));
                }
                Item::Untagged {
                    name: name.to_owned(),
                    doc,
                    variants: out,
                }
            }
            (Side::Request, tag) => self.request_one_of(&resolved, tag, name, module, doc),
        }
    }

    /// A property every variant pins to one distinct value.
    fn implicit_tag(&self, variants: &[&'s Value]) -> Option<String> {
        let first = variants.first()?;
        let (props, _) = self.properties(first);
        props.into_iter().map(|(k, _)| k).find(|key| {
            let mut seen = Vec::new();
            variants.iter().all(|v| {
                let (props, _) = self.properties(v);
                let value = props.iter().find(|(k, _)| k == key).and_then(|(_, s)| {
                    let e = self.spec.resolve(s)["enum"].as_array()?;
                    (e.len() == 1).then(|| e[0].clone())
                });
                match value {
                    Some(v) if !seen.contains(&v) => {
                        seen.push(v);
                        true
                    }
                    _ => false,
                }
            })
        })
    }

    /// Request alternatives: a selector when each variant is one property,
    /// a tagged enum when a property tells them apart, else one struct with
    /// every property (required only where every variant requires it).
    fn request_one_of(
        &mut self,
        variants: &[&'s Value],
        tag: Option<String>,
        name: &str,
        module: &str,
        doc: String,
    ) -> Item {
        let shapes: Vec<_> = variants.iter().map(|v| self.properties(v)).collect();
        if shapes
            .iter()
            .all(|(p, r)| p.len() == 1 && r.len() == 1 && p[0].0 == r[0])
        {
            let mut out = Vec::new();
            for (props, _) in &shapes {
                let (wire, schema) = &props[0];
                let info = self.ty(
                    schema,
                    Side::Request,
                    &format!("{name}{}", pascal(wire)),
                    module,
                );
                out.push((pascal(wire), wire.clone(), info.ty));
            }
            return Item::Selector {
                name: name.to_owned(),
                doc,
                variants: out,
            };
        }
        if let Some(tag) = tag {
            let mut out = Vec::new();
            for (props, required) in &shapes {
                let Some(value) = props
                    .iter()
                    .find(|(k, _)| *k == tag)
                    .and_then(|(_, s)| self.spec.resolve(s)["enum"][0].as_str().map(str::to_owned))
                else {
                    continue;
                };
                let rest: Vec<(String, &Value)> =
                    props.iter().filter(|(k, _)| *k != tag).cloned().collect();
                let variant = pascal(&value);
                let fields = self.fields(
                    &rest,
                    required,
                    Side::Request,
                    &format!("{name}{variant}"),
                    module,
                );
                out.push((variant, value, fields));
            }
            return Item::TaggedRequest {
                name: name.to_owned(),
                doc,
                tag,
                variants: out,
            };
        }
        let mut props: Vec<(String, &'s Value)> = Vec::new();
        for (p, _) in &shapes {
            for (k, v) in p {
                if !props.iter().any(|(n, _)| n == k) {
                    props.push((k.clone(), v));
                }
            }
        }
        let required: Vec<String> = props
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| shapes.iter().all(|(_, r)| r.contains(k)))
            .collect();
        let fields = self.fields(&props, &required, Side::Request, name, module);
        Item::Struct {
            name: name.to_owned(),
            doc: format!(
                "{doc} Seam accepts several combinations of these fields: see the endpoint's documentation."
            ),
            side: Side::Request,
            fields,
        }
    }
}

trait WithMapValues {
    fn with_map_values(self, values: TypeInfo) -> TypeInfo;
}

impl WithMapValues for TypeInfo {
    /// Maps of metadata values get their own value type.
    fn with_map_values(mut self, values: TypeInfo) -> TypeInfo {
        if values.ty == "crate::MetadataValue" {
            self.ty = "::std::collections::BTreeMap<String, crate::MetadataValue>".into();
        }
        self
    }
}

/// Equal but for their docs.
fn same_shape(a: &Item, b: &Item) -> bool {
    fn blank(item: &Item) -> Item {
        let mut item = item.clone();
        match &mut item {
            Item::Struct { doc, fields, .. } => {
                doc.clear();
                fields.iter_mut().for_each(|f| f.doc.clear());
            }
            Item::StringEnum { doc, .. }
            | Item::Union { doc, .. }
            | Item::Untagged { doc, .. }
            | Item::Selector { doc, .. }
            | Item::TaggedRequest { doc, .. } => doc.clear(),
        }
        item
    }
    blank(a) == blank(b)
}

fn rename(item: &Item, name: &str) -> Item {
    let mut item = item.clone();
    match &mut item {
        Item::Struct { name: n, .. }
        | Item::StringEnum { name: n, .. }
        | Item::Union { name: n, .. }
        | Item::Untagged { name: n, .. }
        | Item::Selector { name: n, .. }
        | Item::TaggedRequest { name: n, .. } => *n = name.to_owned(),
    }
    item
}

/// The path of a type registered in `module`.
pub fn qualify(module: &str, name: &str) -> String {
    if module == RESOURCES {
        format!("crate::{RESOURCES}::{name}")
    } else {
        name.to_owned()
    }
}

/// `DeviceErrors` -> `DeviceError` for array items.
fn singular_hint(hint: &str) -> String {
    let snake: String = hint
        .chars()
        .flat_map(|c| {
            if c.is_ascii_uppercase() {
                vec!['_', c.to_ascii_lowercase()]
            } else {
                vec![c]
            }
        })
        .collect();
    pascal(&singular(snake.trim_start_matches('_')))
}

/// `AccessGrantRequestedAccessMethods` -> `access_grant_requested_access_methods`.
fn hint_to_wire(hint: &str) -> String {
    let mut out = String::new();
    for (i, c) in hint.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

pub fn deprecation(schema: &Value) -> Option<String> {
    match schema.get("x-deprecated") {
        Some(Value::String(note)) => Some(note.clone()),
        _ if schema.get("deprecated").and_then(Value::as_bool) == Some(true) => Some(String::new()),
        _ => None,
    }
}

/// A field's doc, composed from its structure.
fn describe_field(wire: &str, info: &TypeInfo, required: bool, side: Side) -> String {
    let kind = describe_type(&info.ty);
    let presence = match (side, required, info.nullable) {
        (Side::Request, true, false) => "required",
        (Side::Request, true, true) => "required, may be null",
        (Side::Request, false, false) => "optional",
        (Side::Request, false, true) => "optional, may be null",
        (Side::Response, true, false) => "always present",
        (Side::Response, true, true) => "may be null",
        (Side::Response, false, false) => "may be absent",
        (Side::Response, false, true) => "may be absent or null",
    };
    format!("`{wire}`: {kind} ({presence}).")
}

pub fn describe_type(ty: &str) -> String {
    if let Some(inner) = ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
        return format!(
            "a list of {}",
            describe_type(inner)
                .trim_start_matches("a ")
                .trim_start_matches("an ")
        );
    }
    match ty {
        "String" => "a string".into(),
        "crate::Uuid" => "an id (UUID)".into(),
        "crate::Timestamp" => "a timestamp".into(),
        "i64" | "u32" => "an integer".into(),
        "f64" => "a number".into(),
        "bool" => "a boolean".into(),
        "::serde_json::Value" => "any JSON value".into(),
        t if t.contains("Map<") => "an object of named values".into(),
        t => {
            let name = t.rsplit("::").next().unwrap_or(t);
            if t.starts_with("crate::") {
                format!("a [`{name}`]({t})")
            } else {
                format!("a [`{name}`]")
            }
        }
    }
}

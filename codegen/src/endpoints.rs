//! One request struct per documented endpoint.

use serde_json::Value;

use crate::model::{Field, Item, Side};
use crate::names::{pascal, plural, singular, snake};
use crate::spec::{Operation, Spec, Verb};
use crate::types::TypeGen;

/// How the endpoint's reply becomes its response.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// `()` on any 2xx.
    None,
    /// The value under `key`.
    Key { ty: String, key: String },
    /// A page of a list (a struct generated for it, with `PageResponse`).
    Page {
        ty: String,
        item: String,
        key: String,
    },
    /// An action attempt, waited for.
    ActionAttempt,
}

/// A request struct to emit.
pub struct Endpoint {
    pub module: String,
    pub name: String,
    pub path: String,
    pub verb: Verb,
    pub fields: Vec<Field>,
    pub response: Response,
    pub paginated: bool,
    pub deprecated: Option<String>,
    pub validate: Option<String>,
    /// The endpoint takes no parameters at all (no request body): a unit
    /// struct, sent without a body.
    pub no_body: bool,
    /// The resource models its responses use, to re-export in its module.
    pub uses: Vec<String>,
}

/// Hand-written checks, run before sending (see `src/overlays/`).
const VALIDATE: &[(&str, &str)] = &[
    (
        "/access_grants/create",
        "crate::overlays::access_grants::check_create",
    ),
    (
        "/access_grants/update",
        "crate::overlays::access_grants::check_update",
    ),
    (
        "/access_grants/request_access_methods",
        "crate::overlays::access_grants::check_request_access_methods",
    ),
];

/// Names the generator cannot guess well: (generated, chosen).
pub const RENAMES: &[(&str, &str)] = &[
    ("CreateAccessGrantUserIdentity", "Grantee"),
    (
        "CreateAccessGrantUserIdentityUserIdentity",
        "NewUserIdentity",
    ),
    (
        "CreateAccessGrantRequestedAccessMethod",
        "AccessMethodRequest",
    ),
    (
        "RequestAccessMethodsRequestedAccessMethod",
        "AccessMethodRequest",
    ),
    ("CreateAccessGrantLocation", "NewLocation"),
    ("GetAccessGrantAccessGrant", "AccessGrantRef"),
    ("CreateAccessGrantRequestedAccessMethodMode", "AccessMode"),
    (
        "RequestAccessMethodsRequestedAccessMethodMode",
        "AccessMode",
    ),
];

pub fn endpoint<'s>(types: &mut TypeGen<'s>, spec: &'s Spec, op: &Operation<'s>) -> Endpoint {
    let module = op
        .group
        .iter()
        .map(|g| snake(g))
        .collect::<Vec<_>>()
        .join("::");
    let name = struct_name(op);
    let body = &op.post["requestBody"]["content"]["application/json"]["schema"];
    let mut fields = request_fields(types, spec, body, &name, &module);
    for field in &mut fields {
        // "No cursor" is the first page: `None` says it; `null` adds nothing.
        if field.wire == "page_cursor" {
            field.nullable = false;
        }
    }
    let (response, uses) = response(types, spec, op, &name);
    let paginated = matches!(response, Response::Page { .. })
        && fields
            .iter()
            .any(|f| f.wire == "page_cursor" && f.ty == "String");
    let validate = VALIDATE
        .iter()
        .find(|(path, _)| *path == op.path)
        .map(|(_, f)| (*f).to_owned());
    Endpoint {
        module,
        name,
        path: op.path.clone(),
        verb: op.verb,
        fields,
        response,
        paginated,
        deprecated: op.deprecated.clone(),
        validate,
        no_body: op.post.get("requestBody").is_none(),
        uses,
    }
}

/// `access_grants/unmanaged/get` -> `GetUnmanagedAccessGrant`;
/// `acs/users/list` -> `ListAcsUsers`; `locks/unlock_door` -> `UnlockDoor`.
fn struct_name(op: &Operation<'_>) -> String {
    let groups: Vec<&str> = op.group.iter().map(String::as_str).collect();
    let qualifiers: String = groups
        .iter()
        .skip(1)
        .filter(|g| **g == "unmanaged")
        .map(|g| pascal(g))
        .collect();
    let resource_words: Vec<&str> = groups
        .iter()
        .copied()
        .filter(|g| !matches!(*g, "unmanaged" | "simulate"))
        .collect();
    let resource = match resource_words.as_slice() {
        ["acs", rest @ ..] if !rest.is_empty() => format!("acs_{}", rest.last().unwrap()),
        [.., last] => (*last).to_owned(),
        [] => String::new(),
    };
    let verb = op.method_name.as_str();
    match verb {
        "list" => format!("List{qualifiers}{}", pascal(&plural(&singular(&resource)))),
        "get" | "create" | "update" | "delete" => {
            format!(
                "{}{qualifiers}{}",
                pascal(verb),
                pascal(&singular(&resource))
            )
        }
        _ => pascal(verb),
    }
}

/// The fields of a request body (or `GET` parameters: the same names).
fn request_fields<'s>(
    types: &mut TypeGen<'s>,
    spec: &'s Spec,
    body: &'s Value,
    name: &str,
    module: &str,
) -> Vec<Field> {
    let body = spec.resolve(body);
    let mut parts: Vec<&Value> = Vec::new();
    if let Some(all) = body.get("allOf").and_then(Value::as_array) {
        parts.extend(all.iter().map(|p| spec.resolve(p)));
    } else {
        parts.push(body);
    }
    let mut fields = Vec::new();
    for part in parts {
        if let Some(variants) = part.get("oneOf").and_then(Value::as_array) {
            fields.extend(one_of_fields(types, spec, variants, name, module));
        } else {
            let (props, required) = types.properties(part);
            fields.extend(types.fields(&props, &required, Side::Request, name, module));
        }
    }
    // Required first (they are the constructor's parameters), in spec order.
    fields.sort_by_key(|f| !(f.required || f.flatten));
    fields
}

/// A one-of in a request body becomes a flattened field (a selector or a
/// tagged enum), or, when its alternatives cannot be told apart, their
/// merged fields.
fn one_of_fields<'s>(
    types: &mut TypeGen<'s>,
    spec: &'s Spec,
    variants: &'s [Value],
    name: &str,
    module: &str,
) -> Vec<Field> {
    let shapes: Vec<_> = variants
        .iter()
        .map(|v| types.properties(spec.resolve(v)))
        .collect();
    let selector = shapes
        .iter()
        .all(|(p, r)| p.len() == 1 && r.len() == 1 && p[0].0 == r[0]);
    if selector {
        let wires: Vec<&str> = shapes.iter().map(|(p, _)| p[0].0.as_str()).collect();
        let field = common_prefix(&wires);
        let ty_name = format!("{name}{}", pascal(&field));
        let ty = types.request_alternatives(variants, &ty_name, module);
        return vec![Field {
            name: snake(&field),
            wire: field.clone(),
            ty,
            required: true,
            nullable: false,
            collection: false,
            plain: false,
            doc: format!("Which one of `{}` to send.", wires.join("`, `")),
            deprecated: None,
            flatten: true,
        }];
    }
    // Properties shared by every alternative stay plain fields; the rest
    // become a tagged enum when a property tells the alternatives apart.
    let ty_name = format!("{name}Mode");
    let ty = types.request_alternatives(variants, &ty_name, module);
    let item = types
        .modules
        .get(module)
        .and_then(|m| m.get(ty.as_str()))
        .cloned();
    match item {
        Some(Item::TaggedRequest { tag, .. }) => {
            vec![Field {
                name: snake(&tag),
                wire: tag.clone(),
                ty,
                required: true,
                nullable: false,
                collection: false,
                plain: false,
                doc: format!("The alternative, told apart by `{tag}`, with its own fields."),
                deprecated: None,
                flatten: true,
            }]
        }
        Some(Item::Struct { fields, .. }) => {
            // The merged struct is not used as a type: its fields are.
            if let Some(m) = types.modules.get_mut(module) {
                m.remove(ty.as_str());
            }
            fields
        }
        _ => Vec::new(),
    }
}

fn common_prefix(words: &[&str]) -> String {
    let first = words.first().copied().unwrap_or_default();
    let mut len = first.len();
    for word in words {
        len = len.min(
            first
                .bytes()
                .zip(word.bytes())
                .take_while(|(a, b)| a == b)
                .count(),
        );
    }
    let prefix = first[..len].trim_end_matches('_');
    // Cut back to a whole word.
    let prefix = if words
        .iter()
        .all(|w| w.len() == prefix.len() || w.as_bytes().get(prefix.len()) == Some(&b'_'))
    {
        prefix
    } else {
        prefix.rsplit_once('_').map_or("", |(head, _)| head)
    };
    if prefix.is_empty() {
        "by".to_owned()
    } else {
        prefix.to_owned()
    }
}

/// The response of an endpoint and the resource models it uses.
fn response<'s>(
    types: &mut TypeGen<'s>,
    spec: &'s Spec,
    op: &Operation<'s>,
    name: &str,
) -> (Response, Vec<String>) {
    let schema = &op.post["responses"]["200"]["content"]["application/json"]["schema"];
    let key = op.post["x-response-key"].as_str();
    let Some(key) = key else {
        return (Response::None, Vec::new());
    };
    if key == "action_attempt" && op.post.get("x-action-attempt-type").is_some() {
        return (Response::ActionAttempt, Vec::new());
    }
    let schema = spec.resolve(schema);
    let Some(property) = schema["properties"].get(key) else {
        return (Response::None, Vec::new());
    };
    let qualifiers: String = op
        .group
        .iter()
        .skip(1)
        .filter(|g| *g == "unmanaged")
        .map(|g| pascal(g))
        .collect();
    let hint = format!("{qualifiers}{}", pascal(&singular(key)));
    let info = types.ty(property, Side::Response, &hint, crate::types::RESOURCES);
    let uses = resource_names(&info.ty);
    if schema["properties"].get("pagination").is_some() {
        let item = info
            .ty
            .strip_prefix("Vec<")
            .and_then(|t| t.strip_suffix('>'))
            .unwrap_or(&info.ty)
            .to_owned();
        let page = format!("{name}Page");
        return (
            Response::Page {
                ty: page,
                item,
                key: key.to_owned(),
            },
            uses,
        );
    }
    (
        Response::Key {
            ty: info.ty,
            key: key.to_owned(),
        },
        uses,
    )
}

/// `Vec<crate::resources::AccessGrant>` -> `["AccessGrant"]`.
fn resource_names(ty: &str) -> Vec<String> {
    ty.split(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '_'))
        .filter_map(|part| part.strip_prefix("crate::resources::"))
        .map(str::to_owned)
        .collect()
}

//! What the generator emits, before it is rendered as Rust.

/// Which way a type travels: requests are serialized, responses decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Request,
    Response,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The Rust name (`r#type` for `type`).
    pub name: String,
    /// The JSON name.
    pub wire: String,
    /// The type, without the `Option`/`Nullable` wrapping.
    pub ty: String,
    pub required: bool,
    pub nullable: bool,
    /// Arrays and maps: decoded as empty when absent.
    pub collection: bool,
    /// Copy-like scalars (numbers, bools, ids, timestamps): setters take
    /// them by value.
    pub plain: bool,
    pub doc: String,
    pub deprecated: Option<String>,
    /// `#[serde(flatten)]` (a one-of selector).
    pub flatten: bool,
}

/// A named type to emit.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Struct {
        name: String,
        doc: String,
        side: Side,
        fields: Vec<Field>,
    },
    StringEnum {
        name: String,
        doc: String,
        values: Vec<String>,
    },
    /// Internally tagged, with an `Other` catch-all (responses).
    Union {
        name: String,
        doc: String,
        tag: String,
        /// (variant, tag value, payload struct)
        variants: Vec<(String, String, String)>,
        with_message: bool,
    },
    /// Untagged, tried in order, with an `Other(Value)` catch-all
    /// (responses without a tag).
    Untagged {
        name: String,
        doc: String,
        variants: Vec<(String, String)>,
    },
    /// Exactly one of several properties (requests), flattened into the
    /// parent: (variant, property, type).
    Selector {
        name: String,
        doc: String,
        variants: Vec<(String, String, String)>,
    },
    /// Internally tagged request alternatives, flattened into the parent:
    /// (variant, tag value, fields).
    TaggedRequest {
        name: String,
        doc: String,
        tag: String,
        variants: Vec<(String, String, Vec<Field>)>,
    },
}

impl Item {
    pub fn name(&self) -> &str {
        match self {
            Item::Struct { name, .. }
            | Item::StringEnum { name, .. }
            | Item::Union { name, .. }
            | Item::Untagged { name, .. }
            | Item::Selector { name, .. }
            | Item::TaggedRequest { name, .. } => name,
        }
    }
}

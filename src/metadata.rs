//! Custom metadata values.

use serde::{Deserialize, Serialize};

/// A value of `custom_metadata`: Seam stores strings and booleans.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum MetadataValue {
    /// A string.
    String(String),
    /// A boolean.
    Bool(bool),
}

impl From<&str> for MetadataValue {
    fn from(value: &str) -> Self {
        MetadataValue::String(value.to_owned())
    }
}

impl From<String> for MetadataValue {
    fn from(value: String) -> Self {
        MetadataValue::String(value)
    }
}

impl From<bool> for MetadataValue {
    fn from(value: bool) -> Self {
        MetadataValue::Bool(value)
    }
}

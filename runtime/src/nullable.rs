//! A value that may be an explicit JSON `null`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value or an explicit `null`.
///
/// In a request, `Option<Nullable<T>>` spells the three things a parameter
/// can be: `None` leaves it out ("leave as is"), `Some(Nullable::Null)` sends
/// `null` ("clear it"), and `Some(Nullable::Value(v))` sends `v`.
///
/// ```
/// use seamapi_runtime::Nullable;
/// let clear: Option<Nullable<u32>> = Some(Nullable::Null);
/// assert_eq!(serde_json::to_string(&clear).unwrap(), "null");
/// let set: Option<Nullable<u32>> = Some(5.into());
/// assert_eq!(serde_json::to_string(&set).unwrap(), "5");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Nullable<T> {
    /// An explicit `null`.
    #[default]
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, or `None` for `Null`.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }

    /// Converts into an `Option`, `Null` becoming `None`.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Nullable::Null, Nullable::Value)
    }
}

impl From<&str> for Nullable<String> {
    fn from(value: &str) -> Self {
        Nullable::Value(value.to_owned())
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(v) => serializer.serialize_some(v),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}

//! Decoding a successful reply into the endpoint's response type.
//!
//! The envelope (`{"access_grant": {...}, "ok": true}`) is unwrapped while
//! deserializing: the wanted field is decoded straight into the response type
//! and the others are skipped, so no intermediate JSON tree is built. Only when
//! decoding fails is the body read a second time, with path tracking, to say
//! at which field it failed.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use crate::endpoint::ResponseShape;

/// Why a body did not decode: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DecodeFailure {
    /// Dotted path to the failing field; `.` for the body as a whole.
    pub path: String,
    /// What failed.
    pub message: String,
}

/// Decodes `body` as the response described by `shape`.
pub(crate) fn decode<T: DeserializeOwned>(
    body: &[u8],
    shape: ResponseShape,
) -> Result<T, DecodeFailure> {
    match shape {
        ResponseShape::Discard => {
            T::deserialize(de::value::UnitDeserializer::<de::value::Error>::new()).map_err(|e| {
                DecodeFailure {
                    path: ".".into(),
                    message: e.to_string(),
                }
            })
        }
        ResponseShape::Whole => decode_seed(body, PhantomData::<T>),
        ResponseShape::Key(key) => decode_seed(body, FieldSeed::<T>::new(key)),
    }
}

fn decode_seed<'de, S>(body: &'de [u8], seed: S) -> Result<S::Value, DecodeFailure>
where
    S: DeserializeSeed<'de> + Clone,
{
    let mut de = serde_json::Deserializer::from_slice(body);
    match seed
        .clone()
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
    {
        Ok(value) => Ok(value),
        // The fast path failed: decode again with path tracking to locate the
        // failure. This second pass costs nothing on success.
        Err(first) => {
            let mut track = serde_path_to_error::Track::new();
            let mut de = serde_json::Deserializer::from_slice(body);
            let result = seed
                .deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track))
                .and_then(|_| de.end());
            let message = match result {
                Err(second) => second.to_string(),
                Ok(()) => first.to_string(),
            };
            Err(DecodeFailure {
                path: track.path().to_string(),
                message,
            })
        }
    }
}

/// Deserializes one field of a JSON object into `T`, skipping the others.
struct FieldSeed<T> {
    key: &'static str,
    marker: PhantomData<fn() -> T>,
}

impl<T> FieldSeed<T> {
    fn new(key: &'static str) -> Self {
        FieldSeed {
            key,
            marker: PhantomData,
        }
    }
}

impl<T> Clone for FieldSeed<T> {
    fn clone(&self) -> Self {
        FieldSeed::new(self.key)
    }
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for FieldSeed<T> {
    type Value = T;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for FieldSeed<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object with the field `{}`", self.key)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut found = None;
        while let Some(is_wanted) = map.next_key_seed(KeyIs(self.key))? {
            if is_wanted && found.is_none() {
                found = Some(map.next_value::<T>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        found.ok_or_else(|| de::Error::missing_field(self.key))
    }
}

/// Reads an object key and tells whether it is the wanted one, without
/// allocating.
#[derive(Clone, Copy)]
struct KeyIs(&'static str);

impl<'de> DeserializeSeed<'de> for KeyIs {
    type Value = bool;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyIs {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        Ok(v == self.0)
    }
}

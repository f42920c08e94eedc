//! Seam's query-string standard for `GET` parameters.
//!
//! The same rules Seam's SDKs in every language follow:
//! - a field left out (`None`) sends no key; an explicit null sends `key=`;
//! - an empty string sends no key;
//! - numbers, booleans and strings as text (timestamps and ids are strings);
//! - arrays as repeated keys: `[1, 2]` is `key=1&key=2`, `[]` is `key=`;
//!   arrays holding null, empty strings, arrays or objects are an error;
//! - nested objects as dot paths (`bar.baz=b`); empty objects vanish; a key
//!   containing `.` is an error;
//! - percent-encoding as `application/x-www-form-urlencoded` (space as `+`).

use std::fmt::{self, Display};

use serde::ser::{self, Impossible, Serialize};

/// Why a value cannot be written as a query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QueryError {
    /// The dotted path of the offending parameter (empty for the whole value).
    pub parameter: String,
    /// What is wrong.
    pub message: String,
}

impl Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.parameter, self.message)
    }
}

impl std::error::Error for QueryError {}

impl ser::Error for QueryError {
    fn custom<T: Display>(msg: T) -> Self {
        QueryError {
            parameter: String::new(),
            message: msg.to_string(),
        }
    }
}

fn error_at(parameter: &str, message: impl Into<String>) -> QueryError {
    QueryError {
        parameter: parameter.to_owned(),
        message: message.into(),
    }
}

/// Appends `value`, which must serialize as an object (or unit), to `out` as
/// a query string without the leading `?`.
pub(crate) fn append_query<T: Serialize + ?Sized>(
    value: &T,
    out: &mut String,
) -> Result<(), QueryError> {
    value.serialize(Root { out })
}

/// Writes one `key=value` pair, encoded, after a `&` where needed.
fn push_pair(out: &mut String, key: &str, value: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    encode_into(out, key);
    out.push('=');
    encode_into(out, value);
}

/// Percent-encodes as `URLSearchParams` does.
fn encode_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0x0f)]));
            }
        }
    }
}

fn join_key(prefix: &str, key: &str) -> Result<String, QueryError> {
    if key.contains('.') {
        return Err(error_at(
            prefix,
            format!("the key `{key}` contains `.`, which a query string cannot express"),
        ));
    }
    Ok(if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    })
}

/// Serializes the top level: an object, or nothing.
struct Root<'a> {
    out: &'a mut String,
}

macro_rules! reject_scalars {
    ($what:literal; $($method:ident($($ty:ty),*)),* $(,)?) => {
        $(
            fn $method(self, $(_: $ty),*) -> Result<(), QueryError> {
                Err(error_at("", concat!("query parameters must be an object, not ", $what)))
            }
        )*
    };
}

impl<'a> ser::Serializer for Root<'a> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = Impossible<(), QueryError>;
    type SerializeTuple = Impossible<(), QueryError>;
    type SerializeTupleStruct = Impossible<(), QueryError>;
    type SerializeTupleVariant = Impossible<(), QueryError>;
    type SerializeMap = ObjectWriter<'a>;
    type SerializeStruct = ObjectWriter<'a>;
    type SerializeStructVariant = Impossible<(), QueryError>;

    reject_scalars!("a scalar";
        serialize_bool(bool), serialize_i8(i8), serialize_i16(i16), serialize_i32(i32),
        serialize_i64(i64), serialize_i128(i128), serialize_u8(u8), serialize_u16(u16),
        serialize_u32(u32), serialize_u64(u64), serialize_u128(u128), serialize_f32(f32),
        serialize_f64(f64), serialize_char(char), serialize_str(&str), serialize_bytes(&[u8]),
    );

    fn serialize_none(self) -> Result<(), QueryError> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), QueryError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), QueryError> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), QueryError> {
        Err(error_at(
            "",
            "query parameters must be an object, not an enum",
        ))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), QueryError> {
        Err(error_at(
            "",
            "query parameters must be an object, not an enum",
        ))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, QueryError> {
        Err(error_at(
            "",
            "query parameters must be an object, not an array",
        ))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, QueryError> {
        Err(error_at(
            "",
            "query parameters must be an object, not an array",
        ))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, QueryError> {
        Err(error_at(
            "",
            "query parameters must be an object, not an array",
        ))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, QueryError> {
        Err(error_at(
            "",
            "query parameters must be an object, not an enum",
        ))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<ObjectWriter<'a>, QueryError> {
        Ok(ObjectWriter::new(self.out, String::new()))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<ObjectWriter<'a>, QueryError> {
        Ok(ObjectWriter::new(self.out, String::new()))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, QueryError> {
        Err(error_at(
            "",
            "query parameters must be an object, not an enum",
        ))
    }
}

/// Writes the fields of an object whose keys start with `prefix`.
pub(crate) struct ObjectWriter<'a> {
    out: &'a mut String,
    prefix: String,
    pending_key: Option<String>,
}

impl<'a> ObjectWriter<'a> {
    fn new(out: &'a mut String, prefix: String) -> Self {
        ObjectWriter {
            out,
            prefix,
            pending_key: None,
        }
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), QueryError> {
        let path = join_key(&self.prefix, key)?;
        value.serialize(ValueWriter {
            out: self.out,
            key: &path,
        })
    }
}

impl ser::SerializeStruct for ObjectWriter<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        self.field(key, value)
    }

    fn skip_field(&mut self, _: &'static str) -> Result<(), QueryError> {
        Ok(())
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeMap for ObjectWriter<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), QueryError> {
        self.pending_key = Some(key.serialize(KeyWriter {
            prefix: &self.prefix,
        })?);
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        let key = self
            .pending_key
            .take()
            .ok_or_else(|| error_at(&self.prefix, "a map value came without its key"))?;
        self.field(&key, value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

/// Serializes a value found at `key`.
struct ValueWriter<'a, 'k> {
    out: &'a mut String,
    key: &'k str,
}

impl ValueWriter<'_, '_> {
    fn text(self, text: &str) -> Result<(), QueryError> {
        if !text.is_empty() {
            push_pair(self.out, self.key, text);
        }
        Ok(())
    }

    fn display(self, value: impl Display) -> Result<(), QueryError> {
        let text = value.to_string();
        self.text(&text)
    }

    fn unsupported(&self, what: &str) -> QueryError {
        error_at(self.key, format!("{what} cannot be sent in a query string"))
    }
}

impl<'a, 'k> ser::Serializer for ValueWriter<'a, 'k> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = ArrayWriter<'a, 'k>;
    type SerializeTuple = ArrayWriter<'a, 'k>;
    type SerializeTupleStruct = ArrayWriter<'a, 'k>;
    type SerializeTupleVariant = Impossible<(), QueryError>;
    type SerializeMap = ObjectWriter<'a>;
    type SerializeStruct = ObjectWriter<'a>;
    type SerializeStructVariant = Impossible<(), QueryError>;

    fn serialize_bool(self, v: bool) -> Result<(), QueryError> {
        self.text(if v { "true" } else { "false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), QueryError> {
        self.display(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), QueryError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), QueryError> {
        if !v.is_finite() {
            return Err(error_at(self.key, "a non-finite number cannot be sent"));
        }
        self.display(v)
    }
    fn serialize_char(self, v: char) -> Result<(), QueryError> {
        self.text(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), QueryError> {
        self.text(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), QueryError> {
        Err(self.unsupported("raw bytes"))
    }
    fn serialize_none(self) -> Result<(), QueryError> {
        push_pair(self.out, self.key, "");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), QueryError> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), QueryError> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), QueryError> {
        self.text(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), QueryError> {
        Err(self.unsupported("an enum variant with data"))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<ArrayWriter<'a, 'k>, QueryError> {
        let _ = len;
        Ok(ArrayWriter {
            out: self.out,
            key: self.key,
            count: 0,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<ArrayWriter<'a, 'k>, QueryError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<ArrayWriter<'a, 'k>, QueryError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, QueryError> {
        Err(self.unsupported("an enum variant with data"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<ObjectWriter<'a>, QueryError> {
        Ok(ObjectWriter::new(self.out, self.key.to_owned()))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<ObjectWriter<'a>, QueryError> {
        Ok(ObjectWriter::new(self.out, self.key.to_owned()))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, QueryError> {
        Err(self.unsupported("an enum variant with data"))
    }
}

/// Writes the items of an array as repeated keys.
struct ArrayWriter<'a, 'k> {
    out: &'a mut String,
    key: &'k str,
    count: usize,
}

impl ArrayWriter<'_, '_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        let text = value.serialize(ItemWriter { key: self.key })?;
        push_pair(self.out, self.key, &text);
        self.count += 1;
        Ok(())
    }

    fn finish(self) -> Result<(), QueryError> {
        if self.count == 0 {
            push_pair(self.out, self.key, "");
        }
        Ok(())
    }
}

impl ser::SerializeSeq for ArrayWriter<'_, '_> {
    type Ok = ();
    type Error = QueryError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.item(value)
    }
    fn end(self) -> Result<(), QueryError> {
        self.finish()
    }
}

impl ser::SerializeTuple for ArrayWriter<'_, '_> {
    type Ok = ();
    type Error = QueryError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.item(value)
    }
    fn end(self) -> Result<(), QueryError> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for ArrayWriter<'_, '_> {
    type Ok = ();
    type Error = QueryError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.item(value)
    }
    fn end(self) -> Result<(), QueryError> {
        self.finish()
    }
}

/// Turns one array item or map key into text; only non-empty scalars pass.
macro_rules! scalar_to_text {
    ($err:expr; $($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method(self, v: $ty) -> Result<String, QueryError> {
                Ok(v.to_string())
            }
        )*
    };
}

macro_rules! non_scalar {
    ($self:ident, $what:literal) => {
        Err(error_at(
            $self.context(),
            concat!($what, " cannot be an array item or key in a query string"),
        ))
    };
}

trait Context {
    fn context(&self) -> &str;
}

struct ItemWriter<'k> {
    key: &'k str,
}

impl Context for ItemWriter<'_> {
    fn context(&self) -> &str {
        self.key
    }
}

struct KeyWriter<'p> {
    prefix: &'p str,
}

impl Context for KeyWriter<'_> {
    fn context(&self) -> &str {
        self.prefix
    }
}

macro_rules! text_serializer {
    ($ty:ident) => {
        impl ser::Serializer for $ty<'_> {
            type Ok = String;
            type Error = QueryError;
            type SerializeSeq = Impossible<String, QueryError>;
            type SerializeTuple = Impossible<String, QueryError>;
            type SerializeTupleStruct = Impossible<String, QueryError>;
            type SerializeTupleVariant = Impossible<String, QueryError>;
            type SerializeMap = Impossible<String, QueryError>;
            type SerializeStruct = Impossible<String, QueryError>;
            type SerializeStructVariant = Impossible<String, QueryError>;

            scalar_to_text!(();
                serialize_i8(i8), serialize_i16(i16), serialize_i32(i32), serialize_i64(i64),
                serialize_i128(i128), serialize_u8(u8), serialize_u16(u16), serialize_u32(u32),
                serialize_u64(u64), serialize_u128(u128), serialize_char(char),
            );

            fn serialize_bool(self, v: bool) -> Result<String, QueryError> {
                Ok(if v { "true" } else { "false" }.to_owned())
            }
            fn serialize_f32(self, v: f32) -> Result<String, QueryError> {
                self.serialize_f64(f64::from(v))
            }
            fn serialize_f64(self, v: f64) -> Result<String, QueryError> {
                if v.is_finite() {
                    Ok(v.to_string())
                } else {
                    non_scalar!(self, "a non-finite number")
                }
            }
            fn serialize_str(self, v: &str) -> Result<String, QueryError> {
                if v.is_empty() {
                    non_scalar!(self, "an empty string")
                } else {
                    Ok(v.to_owned())
                }
            }
            fn serialize_bytes(self, _: &[u8]) -> Result<String, QueryError> {
                non_scalar!(self, "raw bytes")
            }
            fn serialize_none(self) -> Result<String, QueryError> {
                non_scalar!(self, "null")
            }
            fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<String, QueryError> {
                value.serialize(self)
            }
            fn serialize_unit(self) -> Result<String, QueryError> {
                non_scalar!(self, "null")
            }
            fn serialize_unit_struct(self, _: &'static str) -> Result<String, QueryError> {
                non_scalar!(self, "null")
            }
            fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<String, QueryError> {
                Ok(variant.to_owned())
            }
            fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<String, QueryError> {
                value.serialize(self)
            }
            fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Result<String, QueryError> {
                non_scalar!(self, "an enum variant with data")
            }
            fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, QueryError> {
                non_scalar!(self, "an array")
            }
            fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, QueryError> {
                non_scalar!(self, "an array")
            }
            fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, QueryError> {
                non_scalar!(self, "an array")
            }
            fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant, QueryError> {
                non_scalar!(self, "an enum variant with data")
            }
            fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, QueryError> {
                non_scalar!(self, "an object")
            }
            fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, QueryError> {
                non_scalar!(self, "an object")
            }
            fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant, QueryError> {
                non_scalar!(self, "an enum variant with data")
            }
        }
    };
}

text_serializer!(ItemWriter);
text_serializer!(KeyWriter);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn query(value: serde_json::Value) -> Result<String, QueryError> {
        let mut out = String::new();
        append_query(&value, &mut out).map(|()| out)
    }

    #[test]
    fn scalars_nulls_and_empty_strings() {
        assert_eq!(
            query(json!({"a": "x y", "b": 1, "c": true, "d": null, "e": "", "f": 1.5})).unwrap(),
            "a=x+y&b=1&c=true&d=&f=1.5"
        );
    }

    #[test]
    fn arrays_repeat_their_key() {
        assert_eq!(query(json!({"k": [1, 2]})).unwrap(), "k=1&k=2");
        assert_eq!(query(json!({"k": [1]})).unwrap(), "k=1");
        assert_eq!(query(json!({"k": []})).unwrap(), "k=");
    }

    #[test]
    fn nested_objects_use_dot_paths_and_empty_ones_vanish() {
        assert_eq!(
            query(json!({"foo": 1, "bar": {"baz": "b", "fizz": [1, 2]}, "e": {}})).unwrap(),
            "bar.baz=b&bar.fizz=1&bar.fizz=2&foo=1"
        );
    }

    #[test]
    fn unserializable_values_name_their_parameter() {
        let err = query(json!({"list": [null]})).unwrap_err();
        assert_eq!(err.parameter, "list");
        assert!(err.message.contains("null"), "{err}");
        let err = query(json!({"list": [""]})).unwrap_err();
        assert!(err.message.contains("empty string"), "{err}");
        let err = query(json!({"list": [[1]]})).unwrap_err();
        assert!(err.message.contains("array"), "{err}");
        let err = query(json!({"list": [{"a": 1}]})).unwrap_err();
        assert!(err.message.contains("object"), "{err}");
        let err = query(json!({"outer": {"a.b": 1}})).unwrap_err();
        assert_eq!(err.parameter, "outer");
        assert!(err.message.contains("a.b"), "{err}");
        assert!(query(json!([1])).is_err());
    }

    #[test]
    fn percent_encoding_matches_url_search_params() {
        assert_eq!(
            query(json!({"q": "a&b=c/d?é~*-._!'()"})).unwrap(),
            "q=a%26b%3Dc%2Fd%3F%C3%A9%7E*-._%21%27%28%29"
        );
    }
}

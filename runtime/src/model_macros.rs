//! Declarative helpers shared by the response models.
//!
//! * `string_enum!` defines an enum over the known string values of a field,
//!   with an `Other(String)` fallback so that values added to the API later
//!   still decode.
//! * `tagged_union!` defines an internally tagged union (a JSON object whose
//!   kind is named by one of its fields, such as `warning_code`), with an
//!   `Other(UnknownVariant)` fallback for kinds unknown to this SDK version.
//!
//! Both are exported (hidden) for the `seamapi` crate's models.

/// Payload of the `Other` variant of the error, warning and mutation unions
/// (such as `AccessGrantWarning`): an entry whose tag this version of the SDK
/// does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownVariant {
    /// The tag value exactly as received (for example the unknown `warning_code`).
    pub tag: String,
    /// Every other field of the object, untouched (the tag field itself is removed).
    pub fields: serde_json::Map<String, serde_json::Value>,
}

/// Defines a forward-compatible enum over the string values of a field.
///
/// ```ignore
/// string_enum! {
///     /// Doc of the enum.
///     pub enum AccessMode {
///         /// Doc of the variant.
///         Code => "code",
///         Card => "card",
///     }
/// }
/// ```
///
/// Produces one unit variant per known value plus `Other(String)`, which keeps
/// an unknown value verbatim; decoding never fails on an unknown string.
/// Generated: `Debug`, `Clone`, `PartialEq`, `Eq`, `Hash`, `Serialize`,
/// `Deserialize`, `Display`, `From<&str>` and `as_str()`.
#[doc(hidden)]
#[macro_export]
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident => $wire:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
            /// A value unknown to this version of the SDK, kept exactly as received.
            ///
            /// Build values with `From<&str>` so that known strings never land here.
            Other(::std::string::String),
        }

        impl $name {
            /// Returns the value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Other(value) => value.as_str(),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $wire => Self::$variant, )+
                    other => Self::Other(::std::borrow::ToOwned::to_owned(other)),
                }
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                struct Visitor;

                impl $crate::__private::serde::de::Visitor<'_> for Visitor {
                    type Value = $name;

                    fn expecting(
                        &self,
                        f: &mut ::std::fmt::Formatter<'_>,
                    ) -> ::std::fmt::Result {
                        f.write_str(concat!("a string (", stringify!($name), ")"))
                    }

                    fn visit_str<E>(self, value: &str) -> ::std::result::Result<$name, E>
                    where
                        E: $crate::__private::serde::de::Error,
                    {
                        ::std::result::Result::Ok(<$name>::from(value))
                    }

                    fn visit_string<E>(
                        self,
                        value: ::std::string::String,
                    ) -> ::std::result::Result<$name, E>
                    where
                        E: $crate::__private::serde::de::Error,
                    {
                        ::std::result::Result::Ok(match value.as_str() {
                            $( $wire => $name::$variant, )+
                            _ => $name::Other(value),
                        })
                    }
                }

                deserializer.deserialize_string(Visitor)
            }
        }
    };
}

/// Defines a forward-compatible, internally tagged union.
///
/// ```ignore
/// tagged_union! {
///     /// Doc of the union.
///     pub enum AccessGrantWarning tag "warning_code" {
///         /// Doc of the variant.
///         BeingDeleted("being_deleted") => BeingDeletedWarning,
///     }
/// }
/// ```
///
/// Each payload type holds the variant's fields except the tag and must
/// implement `Deserialize`, `Serialize`, `Debug`, `Clone` and `PartialEq`.
/// An unknown tag decodes into `Other(UnknownVariant)`; a missing or
/// non-string tag is a decode error naming the tag field. Generated:
/// `Debug`, `Clone`, `PartialEq`, `Serialize`, `Deserialize`, `TAG`,
/// `code()`, and with `message` after the tag, `message()` (every payload
/// then has a `message: String`).
#[doc(hidden)]
#[macro_export]
macro_rules! tagged_union {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident tag $tag:literal message {
            $(
                $(#[$vmeta:meta])*
                $variant:ident ( $wire:literal ) => $payload:ty
            ),+ $(,)?
        }
    ) => {
        $crate::tagged_union! {
            $(#[$meta])*
            $vis enum $name tag $tag {
                $( $(#[$vmeta])* $variant($wire) => $payload, )+
            }
        }

        impl $name {
            /// Returns Seam's human-readable message (empty when an unknown
            /// variant carries none).
            pub fn message(&self) -> &str {
                match self {
                    $( Self::$variant(payload) => payload.message.as_str(), )+
                    Self::Other(unknown) => unknown
                        .fields
                        .get("message")
                        .and_then($crate::__private::serde_json::Value::as_str)
                        .unwrap_or_default(),
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident tag $tag:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident ( $wire:literal ) => $payload:ty
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant($payload),
            )+
            /// A variant unknown to this version of the SDK, with its tag and fields kept.
            Other($crate::UnknownVariant),
        }

        impl $name {
            /// Name of the JSON field that carries the tag of this union.
            pub const TAG: &'static str = $tag;

            /// Returns the tag of this value as it appears on the wire.
            pub fn code(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $wire, )+
                    Self::Other(unknown) => unknown.tag.as_str(),
                }
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                use $crate::__private::serde::ser::Error as _;
                let (tag, mut fields) = match self {
                    $(
                        Self::$variant(payload) => match $crate::__private::serde_json::to_value(payload)
                            .map_err(S::Error::custom)?
                        {
                            $crate::__private::serde_json::Value::Object(fields) => ($wire, fields),
                            _ => {
                                return ::std::result::Result::Err(S::Error::custom(concat!(
                                    "payload of `", $wire, "` is not a JSON object"
                                )));
                            }
                        },
                    )+
                    Self::Other(unknown) => (unknown.tag.as_str(), unknown.fields.clone()),
                };
                fields.insert(
                    ::std::borrow::ToOwned::to_owned($tag),
                    $crate::__private::serde_json::Value::String(::std::borrow::ToOwned::to_owned(tag)),
                );
                $crate::__private::serde::Serialize::serialize(&fields, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                use $crate::__private::serde::de::Error as _;
                let mut fields = <$crate::__private::serde_json::Map<
                    ::std::string::String,
                    $crate::__private::serde_json::Value,
                > as $crate::__private::serde::Deserialize>::deserialize(deserializer)?;
                let tag = match fields.remove($tag) {
                    ::std::option::Option::Some($crate::__private::serde_json::Value::String(tag)) => tag,
                    ::std::option::Option::Some(other) => {
                        return ::std::result::Result::Err(D::Error::custom(format_args!(
                            "invalid type for field `{}`: expected a string, found {}",
                            $tag, other
                        )));
                    }
                    ::std::option::Option::None => {
                        return ::std::result::Result::Err(D::Error::missing_field($tag));
                    }
                };
                match tag.as_str() {
                    $(
                        $wire => <$payload as $crate::__private::serde::Deserialize>::deserialize(
                            $crate::__private::serde_json::Value::Object(fields),
                        )
                        .map(Self::$variant)
                        .map_err(|error| {
                            D::Error::custom(format_args!(
                                "invalid `{}` object with {} \"{}\": {}",
                                stringify!($name), $tag, $wire, error
                            ))
                        }),
                    )+
                    _ => ::std::result::Result::Ok(Self::Other(
                        $crate::UnknownVariant { tag, fields },
                    )),
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::UnknownVariant;
    use serde::{Deserialize, Serialize};

    string_enum! {
        /// Test enum.
        pub enum Color {
            /// Red.
            Red => "red",
            /// Light blue.
            LightBlue => "light_blue",
        }
    }

    /// Test payload.
    #[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
    pub struct Circle {
        /// Radius.
        pub radius: f64,
        /// Message.
        pub message: String,
    }

    /// Test payload.
    #[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
    pub struct Empty {
        /// Message.
        pub message: String,
    }

    tagged_union! {
        /// Test union.
        pub enum Shape tag "kind" message {
            /// A circle.
            Circle("circle") => Circle,
            /// Nothing.
            Empty("empty") => Empty,
        }
    }

    #[test]
    fn string_enum_known_and_unknown() {
        let c: Color = serde_json::from_str(r#""light_blue""#).unwrap();
        assert_eq!(c, Color::LightBlue);
        assert_eq!(c.as_str(), "light_blue");
        assert_eq!(c.to_string(), "light_blue");
        let c: Color = serde_json::from_str(r#""ultra_violet""#).unwrap();
        assert_eq!(c, Color::Other("ultra_violet".into()));
        assert_eq!(c.as_str(), "ultra_violet");
        assert_eq!(serde_json::to_string(&c).unwrap(), r#""ultra_violet""#);
        assert_eq!(Color::from("red"), Color::Red);
        // Borrowed and owned inputs go through the same path.
        let v = serde_json::Value::String("red".into());
        assert_eq!(Color::deserialize(v).unwrap(), Color::Red);
        assert!(serde_json::from_str::<Color>("3").is_err());
    }

    #[test]
    fn tagged_union_dispatch_unknown_and_errors() {
        let s: Shape =
            serde_json::from_str(r#"{"kind":"circle","radius":2.5,"message":"m","x":1}"#).unwrap();
        assert_eq!(
            s,
            Shape::Circle(Circle {
                radius: 2.5,
                message: "m".into()
            })
        );
        assert_eq!(s.code(), "circle");
        assert_eq!(s.message(), "m");
        assert_eq!(Shape::TAG, "kind");

        let s: Shape = serde_json::from_str(r#"{"kind":"hexagon","sides":6}"#).unwrap();
        assert_eq!(s.message(), "");
        let Shape::Other(UnknownVariant { tag, fields }) = &s else {
            panic!("expected Other, got {s:?}");
        };
        assert_eq!(tag, "hexagon");
        assert_eq!(fields.get("sides"), Some(&serde_json::json!(6)));
        assert!(!fields.contains_key("kind"));
        assert_eq!(s.code(), "hexagon");

        let err = serde_json::from_str::<Shape>(r#"{"radius":1}"#).unwrap_err();
        assert!(err.to_string().contains("missing field `kind`"), "{err}");
        let err = serde_json::from_str::<Shape>(r#"{"kind":7}"#).unwrap_err();
        assert!(err.to_string().contains("`kind`"), "{err}");
        let err = serde_json::from_str::<Shape>(r#"{"kind":"circle","message":""}"#).unwrap_err();
        assert!(err.to_string().contains("radius"), "{err}");
        assert!(serde_json::from_str::<Shape>("[]").is_err());
    }

    #[test]
    fn tagged_union_round_trip() {
        for json in [
            r#"{"kind":"circle","radius":2.5,"message":"m"}"#,
            r#"{"kind":"empty","message":""}"#,
            r#"{"kind":"hexagon","sides":6}"#,
        ] {
            let s: Shape = serde_json::from_str(json).unwrap();
            let back: serde_json::Value = serde_json::to_value(&s).unwrap();
            assert_eq!(
                back,
                serde_json::from_str::<serde_json::Value>(json).unwrap()
            );
        }
    }
}

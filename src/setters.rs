//! Chainable setters for the optional parameters of request types.
//!
//! ```ignore
//! setters! {
//!     CreateAccessGrant {
//!         /// Doc of the setter.
//!         value access_grant_key: String,
//!         plain limit: u32,
//!         list device_ids: Uuid,
//!         nullable ends_at: Timestamp,
//!     }
//! }
//! ```
//!
//! - `value f: T` for a field `Option<T>`: `.f(impl Into<T>)`;
//! - `plain f: T` for a field `Option<T>`: `.f(T)` (for numbers, so that a
//!   literal needs no suffix);
//! - `list f: T` for a field `Option<Vec<T>>`: `.f(impl IntoIterator<Item = impl Into<T>>)`;
//! - `nullable f: T` for a field `Option<Nullable<T>>`: `.f(impl Into<Nullable<T>>)`,
//!   so that `.f(value)` sets it and `.f(Nullable::Null)` sends `null`.

macro_rules! setters {
    (
        $ty:ident {
            $(
                $(#[$meta:meta])*
                $kind:ident $field:ident : $inner:ty
            ),* $(,)?
        }
    ) => {
        #[allow(deprecated)]
        impl $ty {
            $(
                $crate::setters::setters!(@one $(#[$meta])* $kind $field : $inner);
            )*
        }
    };
    (@one $(#[$meta:meta])* value $field:ident : $inner:ty) => {
        $(#[$meta])*
        #[must_use]
        #[allow(deprecated)] // setters of deprecated fields are deprecated themselves
        pub fn $field(mut self, value: impl ::core::convert::Into<$inner>) -> Self {
            self.$field = ::core::option::Option::Some(value.into());
            self
        }
    };
    (@one $(#[$meta:meta])* plain $field:ident : $inner:ty) => {
        $(#[$meta])*
        #[must_use]
        #[allow(deprecated)] // setters of deprecated fields are deprecated themselves
        pub fn $field(mut self, value: $inner) -> Self {
            self.$field = ::core::option::Option::Some(value);
            self
        }
    };
    (@one $(#[$meta:meta])* list $field:ident : $inner:ty) => {
        $(#[$meta])*
        #[must_use]
        #[allow(deprecated)] // setters of deprecated fields are deprecated themselves
        pub fn $field<I>(mut self, values: I) -> Self
        where
            I: ::core::iter::IntoIterator,
            I::Item: ::core::convert::Into<$inner>,
        {
            self.$field = ::core::option::Option::Some(values.into_iter().map(::core::convert::Into::into).collect());
            self
        }
    };
    (@one $(#[$meta:meta])* nullable $field:ident : $inner:ty) => {
        $(#[$meta])*
        #[must_use]
        #[allow(deprecated)] // setters of deprecated fields are deprecated themselves
        pub fn $field(mut self, value: impl ::core::convert::Into<$crate::Nullable<$inner>>) -> Self {
            self.$field = ::core::option::Option::Some(value.into());
            self
        }
    };
}

pub(crate) use setters;

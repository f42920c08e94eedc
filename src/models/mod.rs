//! Typed response models of the Seam API.
//!
//! The models are forward compatible: unknown fields are ignored, unknown
//! string enum values decode into an `Other(String)` variant and unknown
//! error, warning or mutation codes decode into an `Other(UnknownVariant)`
//! variant, so that additions to the API do not break decoding.

pub mod access_grant;
pub mod access_method;
pub mod related;

pub use seamapi_runtime::UnknownVariant;

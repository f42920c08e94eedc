//! Hand-written additions to the generated endpoints: checks made before
//! sending that the spec cannot express, and constructors that read well.

#[cfg(feature = "api-access-grants")]
pub(crate) mod access_grants;

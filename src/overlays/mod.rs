//! Hand-written additions to the generated endpoints: checks made before
//! sending that the spec cannot express, and constructors that read well.

pub(crate) mod access_grants;

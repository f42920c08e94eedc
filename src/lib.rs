//! A blocking, declarative client for the [Seam API](https://docs.seam.co):
//! smart locks, access codes, access grants and access control systems.
//!
//! Every endpoint is a plain request struct; calling it is one blocking HTTP
//! request that returns the typed response:
//!
//! ```no_run
//! use seamapi::{Client, seam_endpoint};
//!
//! /// Any endpoint, declared in any crate that depends on `seamapi`.
//! #[seam_endpoint(POST, "/workspaces/get", response = Workspace, key = "workspace")]
//! pub struct GetWorkspace;
//!
//! #[derive(Debug, serde::Deserialize)]
//! pub struct Workspace {
//!     pub workspace_id: String,
//!     pub name: String,
//! }
//!
//! let client = Client::from_env()?;
//! let workspace = GetWorkspace.send(&client)?;
//! println!("{}", workspace.name);
//! # Ok::<(), seamapi::Error>(())
//! ```
#![forbid(unsafe_code)]

extern crate self as seamapi;

mod generated;
mod metadata;
mod overlays;
// Used by every generated endpoint group; with all of them off, unused.
#[allow(unused_macros, unused_imports)]
mod setters;
// Used by the overlays of the groups that have any.
#[cfg_attr(not(feature = "api-access-grants"), allow(dead_code))]
mod validate;
#[cfg(feature = "webhooks")]
pub mod webhooks;

pub use generated::*;
pub use jiff::Timestamp;
pub use metadata::MetadataValue;
pub use seamapi_runtime::UnknownVariant;
pub use uuid::Uuid;

pub use seamapi_macros::seam_endpoint;
pub use seamapi_runtime::error;
pub use seamapi_runtime::{
    ActionAttempt, ActionAttemptError, ActionAttemptStatus, ActionType, Auth, Client,
    ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_ENDPOINT,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, Endpoint, Error, ItemOf, Items, Method, Nullable,
    Page, PageResponse, Paginated, Pagination, Paginator, ResponseShape, RetryPolicy, SDK_NAME,
    SDK_VERSION, Secret, WaitOptions, decode_response,
};

/// What the code `#[seam_endpoint]` generates refers to. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use seamapi_runtime as runtime;
    pub use serde;
}

//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

#[cfg(feature = "api-access-codes")]
pub mod access_codes;
#[cfg(feature = "api-access-grants")]
pub mod access_grants;
#[cfg(feature = "api-access-methods")]
pub mod access_methods;
#[cfg(feature = "api-acs")]
pub mod acs;
#[cfg(feature = "api-action-attempts")]
pub mod action_attempts;
#[cfg(feature = "api-client-sessions")]
pub mod client_sessions;
#[cfg(feature = "api-connect-webviews")]
pub mod connect_webviews;
#[cfg(feature = "api-connected-accounts")]
pub mod connected_accounts;
#[cfg(feature = "api-customers")]
pub mod customers;
#[cfg(feature = "api-devices")]
pub mod devices;
#[cfg(feature = "api-events")]
pub mod events;
#[cfg(feature = "api-instant-keys")]
pub mod instant_keys;
#[cfg(feature = "api-locks")]
pub mod locks;
#[cfg(feature = "api-noise-sensors")]
pub mod noise_sensors;
#[cfg(feature = "api-phones")]
pub mod phones;
pub mod resources;
#[cfg(feature = "api-spaces")]
pub mod spaces;
#[cfg(feature = "api-thermostats")]
pub mod thermostats;
#[cfg(feature = "api-user-identities")]
pub mod user_identities;
#[cfg(feature = "api-webhooks")]
pub mod webhooks;
#[cfg(feature = "api-workspaces")]
pub mod workspaces;

/// How many endpoints were generated.
pub const ENDPOINT_COUNT: usize = 201;

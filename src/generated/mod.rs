//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub mod access_codes;
pub mod access_grants;
pub mod access_methods;
pub mod acs;
pub mod action_attempts;
pub mod client_sessions;
pub mod connect_webviews;
pub mod connected_accounts;
pub mod customers;
pub mod devices;
pub mod events;
pub mod instant_keys;
pub mod locks;
pub mod noise_sensors;
pub mod phones;
pub mod resources;
pub mod spaces;
pub mod thermostats;
pub mod user_identities;
pub mod webhooks;
pub mod workspaces;

/// How many endpoints were generated.
pub const ENDPOINT_COUNT: usize = 201;

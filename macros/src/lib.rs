//! The `#[seam_endpoint]` attribute of the [`seamapi`](https://docs.rs/seamapi)
//! crate. Depend on `seamapi` and use it from there: the code it generates
//! reaches everything through `::seamapi`.
#![forbid(unsafe_code)]

mod args;
mod expand;
mod item;

use proc_macro::TokenStream;

/// Turns a request struct into a typed Seam endpoint.
///
/// ```ignore
/// #[seam_endpoint(POST, "/access_grants/get", response = AccessGrant, key = "access_grant")]
/// pub struct GetAccessGrant {
///     pub access_grant_id: Uuid,
/// }
/// ```
///
/// Arguments, in this order:
/// - the HTTP method: `GET`, `POST`, `PUT`, `PATCH` or `DELETE`;
/// - the path, a string literal such as `"/access_grants/create"`;
/// - `response = Type` (optional): what a successful call returns; without
///   it the call returns `()` on any 2xx;
/// - `key = "field"` (optional, needs `response`): the envelope field holding
///   the response, as in `{"access_grant": {...}, "ok": true}`; without it
///   the whole body decodes into `response`;
/// - `validate = path::to::fn` (optional): a `fn(&Self) -> Result<(),
///   seamapi::Error>` run before anything is sent;
/// - `paginated` (optional): a list endpoint whose pages are selected by a
///   `page_cursor: Option<String>` field; its response implements
///   `seamapi::PageResponse`, and `client.paginate(request)` walks it;
/// - `action_attempt` (optional, instead of `response`): an endpoint that
///   starts an action and returns `{"action_attempt": ...}`; the call returns
///   the `seamapi::ActionAttempt`, by default once it has resolved.
///
/// The struct (named fields, or a unit struct for endpoints without
/// parameters) gets `Debug`, `Clone` and `Serialize` derived, an
/// `Endpoint` implementation and a `send(&self, &Client)` method. Fields of
/// type `Option<T>` are left out of the request when `None` (unless they
/// carry their own `skip_serializing_if`); use `Option<Nullable<T>>` to be
/// able to send an explicit `null`. Your own `#[serde(...)]` attributes keep
/// working.
#[proc_macro_attribute]
pub fn seam_endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::expand(args.into(), item.into()).into()
}

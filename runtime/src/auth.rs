//! How the client proves who it is: the credentials and the headers they
//! become.

use ureq::http::{HeaderName, HeaderValue};

use crate::error::Error;
use crate::secret::Secret;

/// The credentials a [`Client`](crate::Client) authenticates with.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Auth {
    /// A workspace API key (`seam_…`), sent as `Authorization: Bearer`.
    ApiKey(Secret),
}

impl Auth {
    /// Checks the credentials' form before any request is made.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        match self {
            Auth::ApiKey(key) => {
                let key = key.expose();
                if key.trim().is_empty() {
                    return Err(Error::invalid_options("the API key is empty"));
                }
                if key.trim() != key {
                    return Err(Error::invalid_options(
                        "the API key has leading or trailing white space",
                    ));
                }
                Ok(())
            }
        }
    }

    /// The headers these credentials add to every request.
    pub(crate) fn headers(&self) -> Result<Vec<(HeaderName, HeaderValue)>, Error> {
        match self {
            Auth::ApiKey(key) => Ok(vec![(
                ureq::http::header::AUTHORIZATION,
                sensitive_value(&format!("Bearer {}", key.expose()), "the API key")?,
            )]),
        }
    }
}

/// A header value marked sensitive, or an error that names `what` (never
/// the value).
fn sensitive_value(value: &str, what: &str) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        Error::invalid_options(format!(
            "{what} contains characters that cannot be sent in an HTTP header"
        ))
    })?;
    value.set_sensitive(true);
    Ok(value)
}

//! How the client proves who it is: the five ways Seam accepts, the checks
//! made on their tokens before any request, and the headers they become.

use std::fmt;

use ureq::http::{HeaderName, HeaderValue};

use crate::error::Error;
use crate::secret::Secret;

/// The credentials a [`Client`](crate::Client) authenticates with. Each mode
/// carries exactly what it needs, so that a personal access token without a
/// workspace, say, cannot be expressed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Auth {
    /// A workspace API key (`seam_…`): `Authorization: Bearer <key>`.
    ApiKey(Secret),
    /// A personal access token (`seam_at…`) acting in one workspace:
    /// `Authorization: Bearer <token>` and `seam-workspace: <id>`.
    PersonalAccessToken {
        /// The token.
        token: Secret,
        /// The workspace to act in.
        workspace_id: String,
    },
    /// A client session token (`seam_cst…`): `Authorization: Bearer <token>`
    /// and `client-session-token: <token>`.
    ClientSessionToken(Secret),
    /// A publishable key (`seam_pk…`) and a key of your own for the user:
    /// the client exchanges them for a client session token
    /// (`client_sessions/get_or_create`) when it is built, then uses that.
    PublishableKey {
        /// The publishable key.
        key: Secret,
        /// Your identifier of the user the session is for.
        user_identifier_key: String,
    },
    /// A Seam Console session token (a JWT) acting in one workspace:
    /// `Authorization: Bearer <token>` and `seam-workspace: <id>`.
    ConsoleSessionToken {
        /// The token.
        token: Secret,
        /// The workspace to act in.
        workspace_id: String,
    },
}

/// What a token looks like, judged by its prefix as Seam's SDKs do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    ApiKey,
    PersonalAccessToken,
    ClientSessionToken,
    PublishableKey,
    ConsoleSessionToken,
    Unknown,
}

impl TokenKind {
    /// Classifies a token by its prefix.
    pub(crate) fn of(token: &str) -> TokenKind {
        if token.starts_with("seam_cst") {
            TokenKind::ClientSessionToken
        } else if token.starts_with("seam_at") {
            TokenKind::PersonalAccessToken
        } else if token.starts_with("seam_pk") {
            TokenKind::PublishableKey
        } else if token.starts_with("ey") {
            TokenKind::ConsoleSessionToken
        } else if token.starts_with("seam_") {
            TokenKind::ApiKey
        } else {
            TokenKind::Unknown
        }
    }

    /// The kind's name, with its prefix.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            TokenKind::ApiKey => "an API key (`seam_…`)",
            TokenKind::PersonalAccessToken => "a personal access token (`seam_at…`)",
            TokenKind::ClientSessionToken => "a client session token (`seam_cst…`)",
            TokenKind::PublishableKey => "a publishable key (`seam_pk…`)",
            TokenKind::ConsoleSessionToken => "a console session token (a JWT, `ey…`)",
            TokenKind::Unknown => "a token of no known kind",
        }
    }
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

impl Auth {
    /// The kind of token this mode expects.
    pub(crate) fn expected_kind(&self) -> TokenKind {
        match self {
            Auth::ApiKey(_) => TokenKind::ApiKey,
            Auth::PersonalAccessToken { .. } => TokenKind::PersonalAccessToken,
            Auth::ClientSessionToken(_) => TokenKind::ClientSessionToken,
            Auth::PublishableKey { .. } => TokenKind::PublishableKey,
            Auth::ConsoleSessionToken { .. } => TokenKind::ConsoleSessionToken,
        }
    }

    /// The mode's name, for messages.
    pub fn mode_name(&self) -> &'static str {
        match self {
            Auth::ApiKey(_) => "API key",
            Auth::PersonalAccessToken { .. } => "personal access token",
            Auth::ClientSessionToken(_) => "client session token",
            Auth::PublishableKey { .. } => "publishable key",
            Auth::ConsoleSessionToken { .. } => "console session token",
        }
    }

    fn token(&self) -> &Secret {
        match self {
            Auth::ApiKey(token)
            | Auth::ClientSessionToken(token)
            | Auth::PersonalAccessToken { token, .. }
            | Auth::ConsoleSessionToken { token, .. }
            | Auth::PublishableKey { key: token, .. } => token,
        }
    }

    /// Checks the credentials' form before any request is made: a token of
    /// the kind the mode expects, and non-empty workspace and user keys. No
    /// message quotes a secret.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        let mode = self.mode_name();
        let token = self.token().expose();
        if token.trim().is_empty() {
            return Err(Error::invalid_options(format!("the {mode} is empty")));
        }
        if token.trim() != token {
            return Err(Error::invalid_options(format!(
                "the {mode} has leading or trailing white space"
            )));
        }
        let expected = self.expected_kind();
        let found = TokenKind::of(token);
        if found != expected {
            return Err(Error::invalid_options(format!(
                "{found} was given where {expected} was expected (the {mode} option)"
            )));
        }
        match self {
            Auth::PersonalAccessToken { workspace_id, .. }
            | Auth::ConsoleSessionToken { workspace_id, .. }
                if workspace_id.trim().is_empty() =>
            {
                Err(Error::invalid_options(format!(
                    "a {mode} needs a workspace id, and it is empty"
                )))
            }
            Auth::PublishableKey {
                user_identifier_key,
                ..
            } if user_identifier_key.trim().is_empty() => Err(Error::invalid_options(
                "a publishable key needs a user identifier key, and it is empty",
            )),
            _ => Ok(()),
        }
    }

    /// The headers these credentials add to every request.
    pub(crate) fn headers(&self) -> Result<Vec<(HeaderName, HeaderValue)>, Error> {
        let mode = self.mode_name();
        let bearer = || sensitive(&format!("Bearer {}", self.token().expose()), mode);
        Ok(match self {
            Auth::ApiKey(_) => vec![(ureq::http::header::AUTHORIZATION, bearer()?)],
            Auth::PersonalAccessToken { workspace_id, .. }
            | Auth::ConsoleSessionToken { workspace_id, .. } => vec![
                (ureq::http::header::AUTHORIZATION, bearer()?),
                (
                    HeaderName::from_static("seam-workspace"),
                    plain(workspace_id, "workspace id")?,
                ),
            ],
            Auth::ClientSessionToken(token) => vec![
                (ureq::http::header::AUTHORIZATION, bearer()?),
                (
                    HeaderName::from_static("client-session-token"),
                    sensitive(token.expose(), mode)?,
                ),
            ],
            Auth::PublishableKey { key, .. } => vec![(
                HeaderName::from_static("seam-publishable-key"),
                sensitive(key.expose(), mode)?,
            )],
        })
    }
}

/// A header value marked sensitive, or an error naming `what` (never the
/// value).
fn sensitive(value: &str, what: &str) -> Result<HeaderValue, Error> {
    let mut value = plain(value, what)?;
    value.set_sensitive(true);
    Ok(value)
}

fn plain(value: &str, what: &str) -> Result<HeaderValue, Error> {
    HeaderValue::from_str(value).map_err(|_| {
        Error::invalid_options(format!(
            "the {what} contains characters that cannot be sent in an HTTP header"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const JWT: &str = "eyJhbGciOiJIUzI1NiJ9.e30.x";

    #[test]
    fn tokens_are_classified_by_prefix() {
        assert_eq!(TokenKind::of("seam_apikey1_token"), TokenKind::ApiKey);
        assert_eq!(
            TokenKind::of("seam_at1_longtoken"),
            TokenKind::PersonalAccessToken
        );
        assert_eq!(
            TokenKind::of("seam_cst1_token"),
            TokenKind::ClientSessionToken
        );
        assert_eq!(TokenKind::of("seam_pk1_token"), TokenKind::PublishableKey);
        assert_eq!(TokenKind::of(JWT), TokenKind::ConsoleSessionToken);
        assert_eq!(TokenKind::of("sk_live_x"), TokenKind::Unknown);
    }

    #[test]
    fn a_token_of_the_wrong_kind_names_both_kinds_and_not_the_token() {
        let cases = [
            (
                Auth::ApiKey("seam_cst1_secret".into()),
                "a client session token (`seam_cst…`) was given where an API key (`seam_…`) was expected",
            ),
            (
                Auth::ApiKey("seam_at1_secret".into()),
                "a personal access token (`seam_at…`) was given where an API key",
            ),
            (
                Auth::ApiKey(Secret::new(format!("{JWT}secret"))),
                "a console session token",
            ),
            (
                Auth::ApiKey("secret".into()),
                "a token of no known kind was given where an API key",
            ),
            (
                Auth::ClientSessionToken("seam_pk1_secret".into()),
                "a publishable key (`seam_pk…`) was given where a client session token",
            ),
            (
                Auth::PersonalAccessToken {
                    token: "seam_apikey_secret".into(),
                    workspace_id: "w".into(),
                },
                "an API key (`seam_…`) was given where a personal access token",
            ),
            (
                Auth::ConsoleSessionToken {
                    token: "seam_at_secret".into(),
                    workspace_id: "w".into(),
                },
                "a personal access token (`seam_at…`) was given where a console session token",
            ),
            (
                Auth::PublishableKey {
                    key: "seam_cst_secret".into(),
                    user_identifier_key: "u".into(),
                },
                "a client session token (`seam_cst…`) was given where a publishable key",
            ),
        ];
        for (auth, expected) in cases {
            let message = auth.validate().unwrap_err().to_string();
            assert!(message.contains(expected), "{message}");
            assert!(!message.contains("secret"), "{message}");
        }
    }

    #[test]
    fn workspace_and_user_keys_must_not_be_empty() {
        let err = Auth::PersonalAccessToken {
            token: "seam_at1".into(),
            workspace_id: " ".into(),
        }
        .validate()
        .unwrap_err();
        assert!(err.to_string().contains("needs a workspace id"), "{err}");
        let err = Auth::PublishableKey {
            key: "seam_pk1".into(),
            user_identifier_key: String::new(),
        }
        .validate()
        .unwrap_err();
        assert!(err.to_string().contains("user identifier key"), "{err}");
    }

    #[test]
    fn each_mode_sends_its_headers() {
        let names = |auth: Auth| -> Vec<(String, String)> {
            auth.headers()
                .unwrap()
                .into_iter()
                .map(|(n, v)| (n.to_string(), v.to_str().unwrap().to_owned()))
                .collect()
        };
        assert_eq!(
            names(Auth::ApiKey("seam_k".into())),
            [("authorization".into(), "Bearer seam_k".into())]
        );
        assert_eq!(
            names(Auth::PersonalAccessToken {
                token: "seam_at1".into(),
                workspace_id: "w1".into()
            }),
            [
                ("authorization".into(), "Bearer seam_at1".into()),
                ("seam-workspace".into(), "w1".into())
            ]
        );
        assert_eq!(
            names(Auth::ClientSessionToken("seam_cst1".into())),
            [
                ("authorization".into(), "Bearer seam_cst1".into()),
                ("client-session-token".into(), "seam_cst1".into())
            ]
        );
        assert_eq!(
            names(Auth::ConsoleSessionToken {
                token: JWT.into(),
                workspace_id: "w1".into()
            }),
            [
                ("authorization".into(), format!("Bearer {JWT}")),
                ("seam-workspace".into(), "w1".into())
            ]
        );
        assert_eq!(
            names(Auth::PublishableKey {
                key: "seam_pk1".into(),
                user_identifier_key: "u".into()
            }),
            [("seam-publishable-key".into(), "seam_pk1".into())]
        );
    }
}

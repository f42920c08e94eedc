//! Turning a [`Reply`] of any status into the typed response or the right
//! [`Error`].

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::endpoint::ResponseShape;
use crate::envelope;
use crate::error::{
    ApiError, DecodeError, Error, HttpError, InvalidInputError, ParameterError, UnauthorizedError,
};
use crate::transport::Reply;

/// How much of an unexpected body an [`HttpError`] quotes.
const SNIPPET_CHARS: usize = 200;

/// Seam's error body: `{"error": {"type", "message", "data"?,
/// "validation_errors"?}, "ok": false}`.
#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorObject,
}

#[derive(Deserialize)]
struct ErrorObject {
    #[serde(rename = "type")]
    error_type: String,
    message: String,
    #[serde(default)]
    data: Option<serde_json::Value>,
    #[serde(default)]
    validation_errors: Option<serde_json::Value>,
}

/// Decodes a reply of any status as endpoint `E` would: the typed response
/// of a 2xx, or the [`Error`] any other status stands for — exactly what
/// [`Client::call`](crate::Client::call) does with a reply. Useful to decode
/// recorded replies, e.g. in tests.
///
/// ```
/// use seamapi_runtime::{Endpoint, Method, ResponseShape, decode_response};
///
/// #[derive(serde::Serialize)]
/// struct Ping;
/// impl Endpoint for Ping {
///     type Response = u32;
///     const METHOD: Method = Method::Get;
///     const PATH: &'static str = "/ping";
///     const RESPONSE: ResponseShape = ResponseShape::Key("n");
/// }
///
/// assert_eq!(decode_response::<Ping>(200, None, br#"{"n": 7, "ok": true}"#).unwrap(), 7);
/// let err = decode_response::<Ping>(404, Some("req_1"), br#"{"error": {"type": "not_found", "message": "No"}}"#);
/// assert_eq!(err.unwrap_err().code(), Some("not_found"));
/// ```
pub fn decode_response<E: crate::Endpoint>(
    status: u16,
    request_id: Option<&str>,
    body: &[u8],
) -> Result<E::Response, Error> {
    Reply {
        status,
        request_id: request_id.map(str::to_owned),
        content_type: None,
        retry_after: None,
        body: body.to_vec(),
    }
    .into_result(E::RESPONSE)
}

impl Reply {
    /// The typed response of a 2xx reply, or the error any other reply
    /// stands for.
    pub(crate) fn into_result<T: DeserializeOwned>(self, shape: ResponseShape) -> Result<T, Error> {
        if (200..300).contains(&self.status) {
            return envelope::decode(&self.body, shape).map_err(|failure| {
                Error::from(DecodeError {
                    status: self.status,
                    path: failure.path,
                    message: failure.message,
                    request_id: self.request_id,
                })
            });
        }
        Err(self.into_error())
    }

    fn into_error(self) -> Error {
        let seam_error = serde_json::from_slice::<ErrorBody>(&self.body)
            .ok()
            .map(|b| b.error);
        if self.status == 401 {
            return Error::from(UnauthorizedError {
                status: self.status,
                message: seam_error.as_ref().map_or_else(
                    || "the credentials were rejected".to_owned(),
                    |e| e.message.clone(),
                ),
                error_type: seam_error.map(|e| e.error_type),
                request_id: self.request_id,
            });
        }
        match seam_error {
            Some(error)
                if error.error_type == "invalid_input" || error.validation_errors.is_some() =>
            {
                let mut parameters = Vec::new();
                if let Some(tree) = &error.validation_errors {
                    flatten_validation_errors(tree, String::new(), &mut parameters);
                }
                Error::from(InvalidInputError {
                    status: self.status,
                    error_type: error.error_type,
                    message: error.message,
                    parameters,
                    data: error.data,
                    request_id: self.request_id,
                })
            }
            Some(error) => Error::from(ApiError {
                status: self.status,
                error_type: error.error_type,
                message: error.message,
                data: error.data,
                request_id: self.request_id,
            }),
            None => Error::from(HttpError {
                status: self.status,
                snippet: snippet(&self.body),
                content_type: self.content_type,
                request_id: self.request_id,
            }),
        }
    }
}

/// Flattens a zod-style tree (`{"_errors": [...], "field": {"_errors":
/// [...]}}`) into one entry per parameter path that has messages.
fn flatten_validation_errors(
    node: &serde_json::Value,
    path: String,
    out: &mut Vec<ParameterError>,
) {
    let Some(object) = node.as_object() else {
        return;
    };
    let messages: Vec<String> = object
        .get("_errors")
        .and_then(|v| v.as_array())
        .map(|items| {
            items
                .iter()
                .filter_map(|m| m.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    if !messages.is_empty() {
        out.push(ParameterError {
            parameter: path.clone(),
            messages,
        });
    }
    for (key, child) in object {
        if key != "_errors" {
            let child_path = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            flatten_validation_errors(child, child_path, out);
        }
    }
}

/// The start of a body as one line of text.
fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(SNIPPET_CHARS * 4)]);
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    match out.char_indices().nth(SNIPPET_CHARS) {
        Some((cut, _)) => {
            out.truncate(cut);
            out.push('…');
            out
        }
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(status: u16, body: &str) -> Reply {
        Reply {
            status,
            request_id: Some("req_1".into()),
            content_type: Some("application/json".into()),
            retry_after: None,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn validation_errors_flatten_to_parameter_paths() {
        let body = r#"{"error":{"type":"invalid_input","message":"Invalid input","validation_errors":
            {"_errors":["Bad request"],"device_id":{"_errors":["Required"]},
             "requested_access_methods":{"_errors":[],"0":{"_errors":[],"code":{"_errors":["Too short","Digits only"]}}}}},"ok":false}"#;
        let Err(Error::InvalidInput(e)) =
            reply(400, body).into_result::<()>(ResponseShape::Discard)
        else {
            panic!("not invalid input");
        };
        assert_eq!(e.message, "Invalid input");
        assert_eq!(e.request_id.as_deref(), Some("req_1"));
        assert_eq!(
            e.parameters,
            vec![
                ParameterError {
                    parameter: String::new(),
                    messages: vec!["Bad request".into()]
                },
                ParameterError {
                    parameter: "device_id".into(),
                    messages: vec!["Required".into()]
                },
                ParameterError {
                    parameter: "requested_access_methods.0.code".into(),
                    messages: vec!["Too short".into(), "Digits only".into()],
                },
            ]
        );
        assert_eq!(
            e.messages_for("device_id"),
            Some(&["Required".to_owned()][..])
        );
    }

    #[test]
    fn any_401_is_unauthorized() {
        let Err(Error::Unauthorized(e)) =
            reply(401, "<html>nope</html>").into_result::<()>(ResponseShape::Discard)
        else {
            panic!()
        };
        assert_eq!(e.message, "the credentials were rejected");
        assert_eq!(e.error_type, None);
    }

    #[test]
    fn error_bodies_without_string_type_and_message_are_http_errors() {
        for body in [
            r#"{"error":{"type":1,"message":"x"}}"#,
            r#"{"error":"x"}"#,
            "",
            "<html>\n  <b>Bad   gateway</b>\n</html>",
        ] {
            let Err(Error::Http(e)) = reply(502, body).into_result::<()>(ResponseShape::Discard)
            else {
                panic!("{body}")
            };
            assert_eq!(e.status, 502);
            assert!(!e.snippet.contains('\n'));
        }
    }

    #[test]
    fn snippets_are_one_short_line() {
        let long = "word ".repeat(500);
        let s = snippet(long.as_bytes());
        assert_eq!(s.chars().count(), SNIPPET_CHARS + 1);
        assert!(s.ends_with('…'));
        assert_eq!(
            snippet("é".repeat(1000).as_bytes()).chars().count(),
            SNIPPET_CHARS + 1
        );
    }

    #[test]
    fn envelopes_unwrap_and_failures_name_the_field() {
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Thing {
            id: u32,
            name: String,
        }
        let ok = reply(
            200,
            r#"{"ok":true,"thing":{"id":7,"name":"x","extra":[1,{"a":2}]},"after":null}"#,
        );
        assert_eq!(
            ok.into_result::<Thing>(ResponseShape::Key("thing"))
                .unwrap(),
            Thing {
                id: 7,
                name: "x".into()
            }
        );
        let bad = reply(200, r#"{"ok":true,"thing":{"id":"seven","name":"x"}}"#);
        let Err(Error::Decode(e)) = bad.into_result::<Thing>(ResponseShape::Key("thing")) else {
            panic!()
        };
        assert_eq!(e.path, "thing.id");
        assert_eq!(e.request_id.as_deref(), Some("req_1"));
        let missing = reply(200, r#"{"ok":true}"#);
        let Err(Error::Decode(e)) = missing.into_result::<Thing>(ResponseShape::Key("thing"))
        else {
            panic!()
        };
        assert!(e.message.contains("missing field `thing`"), "{}", e.message);
        let truncated = reply(200, r#"{"ok":true,"thing":{"id":7,"na"#);
        assert!(matches!(
            truncated.into_result::<Thing>(ResponseShape::Key("thing")),
            Err(Error::Decode(_))
        ));
        let trailing = reply(200, r#"{"thing":{"id":7,"name":"x"}} junk"#);
        assert!(matches!(
            trailing.into_result::<Thing>(ResponseShape::Key("thing")),
            Err(Error::Decode(_))
        ));
        let whole = reply(200, r#"{"id":1,"name":"y"}"#);
        assert_eq!(
            whole.into_result::<Thing>(ResponseShape::Whole).unwrap().id,
            1
        );
        let discard = reply(204, "not json at all");
        discard.into_result::<()>(ResponseShape::Discard).unwrap();
    }
}

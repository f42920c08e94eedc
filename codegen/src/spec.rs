//! Reading Seam's OpenAPI document: references, and the documented
//! operations.

use serde_json::Value;

/// The OpenAPI document.
pub struct Spec {
    root: Value,
}

/// The HTTP method an endpoint is generated with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Get,
    Post,
}

/// One documented endpoint.
pub struct Operation<'a> {
    /// `/access_grants/create`.
    pub path: String,
    /// The method the SDK uses: `GET` where the spec offers it with the
    /// same parameters as the body (reads, retried safely), else `POST`.
    pub verb: Verb,
    /// The `POST` operation object (every path has one).
    pub post: &'a Value,
    /// `["access_grants", "unmanaged"]`.
    pub group: Vec<String>,
    /// `create`.
    pub method_name: String,
    /// The deprecation note, when deprecated.
    pub deprecated: Option<String>,
}

impl Spec {
    pub fn load(path: &str) -> Result<Spec, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {path}: {e} (run scripts/install-peers)"))?;
        let root = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
        Ok(Spec { root })
    }

    /// The component schema of this name.
    pub fn component(&self, name: &str) -> &Value {
        &self.root["components"]["schemas"][name]
    }

    /// Follows `$ref`s to the schema itself.
    pub fn resolve<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        while let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            schema = self.component(reference.rsplit('/').next().unwrap_or_default());
        }
        schema
    }

    /// Every component's name.
    pub fn component_names(&self) -> Vec<String> {
        self.root["components"]["schemas"]
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The component a `$ref` names.
    pub fn ref_name(schema: &Value) -> Option<&str> {
        schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
    }

    /// Every documented operation (not `x-undocumented`, not `x-draft`),
    /// sorted by path.
    pub fn operations(&self) -> Vec<Operation<'_>> {
        let mut ops = Vec::new();
        let Some(paths) = self.root["paths"].as_object() else {
            return ops;
        };
        for (path, item) in paths {
            let Some(post) = item.get("post") else {
                continue;
            };
            let flagged = |key: &str| {
                item.as_object().is_some_and(|m| {
                    m.values()
                        .any(|op| op.get(key).is_some_and(|v| !v.is_null() && v != false))
                })
            };
            if flagged("x-undocumented") || flagged("x-draft") {
                continue;
            }
            let group: Vec<String> = post["x-fern-sdk-group-name"]
                .as_array()
                .map(|g| {
                    g.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let method_name = post["x-fern-sdk-method-name"]
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| path.rsplit('/').next().unwrap_or_default().to_owned());
            let deprecated = post
                .get("x-deprecated")
                .and_then(|v| {
                    v.as_str()
                        .map(str::to_owned)
                        .or_else(|| v.as_bool().filter(|b| *b).map(|_| String::new()))
                })
                .or_else(|| {
                    post.get("deprecated")
                        .and_then(Value::as_bool)
                        .filter(|b| *b)
                        .map(|_| String::new())
                });
            let verb = if self.get_matches_body(item) {
                Verb::Get
            } else {
                Verb::Post
            };
            ops.push(Operation {
                path: path.clone(),
                verb,
                post,
                group,
                method_name,
                deprecated,
            });
        }
        ops.sort_by(|a, b| a.path.cmp(&b.path));
        ops
    }

    /// Whether the path's `GET` takes exactly the `POST` body's properties
    /// as query parameters, none of them needing a JSON body (no arrays of
    /// objects, no `oneOf` body).
    fn get_matches_body(&self, item: &Value) -> bool {
        let Some(params) = item
            .get("get")
            .and_then(|g| g.get("parameters"))
            .and_then(Value::as_array)
        else {
            return false;
        };
        let body =
            self.resolve(&item["post"]["requestBody"]["content"]["application/json"]["schema"]);
        let Some(props) = body.get("properties").and_then(Value::as_object) else {
            return false;
        };
        if body.get("oneOf").is_some() || body.get("allOf").is_some() || params.len() != props.len()
        {
            return false;
        }
        params.iter().all(|p| {
            let name = p["name"].as_str().unwrap_or_default();
            p["in"] == "query" && props.contains_key(name) && !self.needs_json(&props[name])
        })
    }

    /// Whether a value of this schema cannot go in a query string.
    fn needs_json(&self, schema: &Value) -> bool {
        let schema = self.resolve(schema);
        if schema.get("oneOf").is_some() || schema.get("allOf").is_some() {
            return true;
        }
        match schema["type"].as_str() {
            Some("array") => {
                let items = self.resolve(&schema["items"]);
                matches!(items["type"].as_str(), Some("object" | "array") | None)
            }
            Some("object") => true,
            _ => false,
        }
    }
}

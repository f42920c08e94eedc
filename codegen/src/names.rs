//! Turning the spec's snake_case names into Rust names.

/// `access_grant` -> `AccessGrant`; `LOCK_DOOR` -> `LockDoor`.
pub fn pascal(name: &str) -> String {
    let mut out = String::new();
    for word in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// A field or module name: snake_case, keywords escaped as raw identifiers.
pub fn snake(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    match out.as_str() {
        "type" | "override" | "match" | "ref" | "mod" | "use" | "fn" | "enum" | "struct"
        | "impl" | "trait" | "self" | "super" | "crate" | "move" | "loop" | "where" | "async"
        | "await" | "dyn" | "static" | "const" | "return" | "box" | "in" | "for" | "if"
        | "else" | "as" | "let" | "mut" | "pub" | "true" | "false" | "unsafe" | "extern"
        | "final" | "macro" | "priv" | "typeof" | "virtual" | "yield" | "try" | "abstract"
        | "become" | "do" | "unsized" | "gen" => format!("r#{out}"),
        _ => out,
    }
}

/// `access_grants` -> `access_grant`, `user_identities` -> `user_identity`.
pub fn singular(name: &str) -> String {
    if let Some(stem) = name.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for keep in ["ss", "us", "is", "acs"] {
        if name.ends_with(keep) {
            return name.to_owned();
        }
    }
    if let Some(stem) = name.strip_suffix("sses") {
        return format!("{stem}ss");
    }
    name.strip_suffix('s').unwrap_or(name).to_owned()
}

/// `access_grant` -> `access_grants`.
pub fn plural(name: &str) -> String {
    if name.ends_with('s') {
        name.to_owned()
    } else if let Some(stem) = name.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{name}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(pascal("access_grant"), "AccessGrant");
        assert_eq!(pascal("LOCK_DOOR"), "LockDoor");
        assert_eq!(pascal("lock.unlocked"), "LockUnlocked");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("device_id"), "device_id");
        assert_eq!(singular("user_identities"), "user_identity");
        assert_eq!(singular("access_grants"), "access_grant");
        assert_eq!(singular("acs"), "acs");
        assert_eq!(plural("access_grant"), "access_grants");
        assert_eq!(plural("user_identity"), "user_identities");
    }
}

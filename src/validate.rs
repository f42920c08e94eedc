//! Checks made on requests before anything is sent. Each failure is an
//! [`Error::InvalidParameter`] naming the parameter by its dotted path, the
//! same path Seam's own `validation_errors` use.

use jiff::Timestamp;

use crate::Error;

/// A PIN code: 4 to 9 ASCII digits.
pub(crate) fn pin_code(parameter: impl FnOnce() -> String, code: &str) -> Result<(), Error> {
    let digits = code.chars().count();
    if !(4..=9).contains(&digits) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid_parameter(
            parameter(),
            format!("a PIN code must be 4 to 9 digits (0-9), got {code:?}"),
        ));
    }
    Ok(())
}

/// `ends_at`, when both are given, must come after `starts_at`.
pub(crate) fn window(
    starts_at: Option<&Timestamp>,
    ends_at: Option<&Timestamp>,
) -> Result<(), Error> {
    if let (Some(starts_at), Some(ends_at)) = (starts_at, ends_at)
        && ends_at <= starts_at
    {
        return Err(Error::invalid_parameter(
            "ends_at",
            format!("must be after starts_at ({starts_at}), got {ends_at}"),
        ));
    }
    Ok(())
}

/// A string that must not be empty when given.
pub(crate) fn non_empty(parameter: impl FnOnce() -> String, value: &str) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::invalid_parameter(parameter(), "must not be empty"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_codes() {
        for good in ["1234", "123456789", "0000"] {
            assert!(pin_code(|| "code".into(), good).is_ok(), "{good}");
        }
        for bad in [
            "123",
            "1234567890",
            "12a4",
            "",
            "１２３４",
            "12 34",
            "-1234",
        ] {
            let err = pin_code(|| "requested_access_methods.0.code".into(), bad).unwrap_err();
            let Error::InvalidParameter(e) = &err else {
                panic!()
            };
            assert_eq!(e.parameter, "requested_access_methods.0.code");
        }
    }

    #[test]
    fn windows() {
        let a: Timestamp = "2025-06-16T16:54:17.946606Z".parse().unwrap();
        let b: Timestamp = "2025-06-16T16:54:17.946607Z".parse().unwrap();
        assert!(window(Some(&a), Some(&b)).is_ok());
        assert!(window(None, Some(&a)).is_ok());
        assert!(window(Some(&a), None).is_ok());
        let err = window(Some(&b), Some(&a)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid parameter `ends_at`: must be after starts_at (2025-06-16T16:54:17.946607Z), got 2025-06-16T16:54:17.946606Z (nothing was sent)"
        );
        assert!(window(Some(&a), Some(&a)).is_err());
    }
}

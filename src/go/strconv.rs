//! Go's `strconv` and `fmt` spellings of scalars: `%q` quoting, `%v` of a float64, `Atoi`,
//! `ParseBool`. Pure functions over strings; nothing here knows about Istio.

/// A string quoted as Go's `%q` / `strconv.Quote` does (escapes `"`, `\`, control and
/// non-printing characters; printable Unicode stays as is). The template engine owns the one
/// implementation.
pub fn go_quote(s: &str) -> String {
    gotmpl::go_quote(s)
}

/// A float as Go's `%v` prints it (`%g` with the shortest digits: exponent form when the
/// decimal exponent is below -4 or at least 6, e.g. `1e-05`, `1.234567e+06`).
pub fn go_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sci = format!("{v:e}"); // e.g. "-1.2345e-5", shortest round-trip digits
    let (mantissa, exp) = sci.split_once('e').expect("rust {:e} always has an exponent");
    let exp: i32 = exp.parse().expect("integer exponent");
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}e{sign}{:02}", exp.abs());
    }
    let s = format!("{v}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Go's `strconv.Atoi` success: optional sign then decimal digits fitting an `int64`.
pub fn go_atoi_ok(s: &str) -> bool {
    s.parse::<i64>().is_ok()
}

/// Go's `strconv.Atoi`, 0 on failure (as upstream ignores the error).
pub fn go_atoi(s: &str) -> i64 {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    s.parse().unwrap_or(0)
}

/// Go's `strconv.ParseBool`.
pub fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_quote_and_float() {
        assert_eq!(go_quote("a\"b\\c\n\x01é"), "\"a\\\"b\\\\c\\n\\x01é\"");
        assert_eq!(go_float(150.0), "150");
        assert_eq!(go_float(0.00001), "1e-05");
        assert_eq!(go_float(-0.5), "-0.5");
        assert_eq!(go_float(1e21), "1e+21");
        assert_eq!(go_float(999999.0), "999999");
        assert_eq!(go_float(1000000.0), "1e+06");
        assert_eq!(go_float(123456789.0), "1.23456789e+08");
    }

    #[test]
    fn atoi_and_bool() {
        assert!(go_atoi_ok("-12") && !go_atoi_ok("1.5") && !go_atoi_ok("99999999999999999999"));
        assert_eq!((go_atoi("+7"), go_atoi("x")), (7, 0));
        assert_eq!((parse_go_bool("T"), parse_go_bool("yes")), (Some(true), None));
    }
}

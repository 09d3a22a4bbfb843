//! `google.protobuf.Duration` as meshConfig carries it: parsed with Go's `time.ParseDuration`
//! (its exact error texts), printed as Go's `Duration.String()` (messages) and as proto JSON
//! (`to_json`). Nanoseconds in an `i64`, Go's range. No validation rules here.

use std::fmt;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration {
    pub nanos: i64,
}

const UNITS: [(&str, u64); 8] = [
    ("ns", 1),
    ("us", 1_000),
    ("µs", 1_000),
    ("μs", 1_000),
    ("ms", 1_000_000),
    ("s", 1_000_000_000),
    ("m", 60_000_000_000),
    ("h", 3_600_000_000_000),
];

impl Duration {
    pub const fn from_nanos(nanos: i64) -> Self {
        Duration { nanos }
    }
    pub const fn from_secs(secs: i64) -> Self {
        Duration { nanos: secs * 1_000_000_000 }
    }

    /// Go's `time.ParseDuration`; the error is Go's text (`time: invalid duration "x"`).
    pub fn parse(orig: &str) -> Result<Duration, String> {
        let invalid = || format!("time: invalid duration {orig:?}");
        let mut s = orig;
        let mut neg = false;
        if let Some(rest) = s.strip_prefix('-') {
            neg = true;
            s = rest;
        } else if let Some(rest) = s.strip_prefix('+') {
            s = rest;
        }
        if s == "0" {
            return Ok(Duration::default());
        }
        if s.is_empty() {
            return Err(invalid());
        }
        let limit: u64 = 1 << 63;
        let mut total: u64 = 0;
        while !s.is_empty() {
            let b = s.as_bytes();
            if !(b[0] == b'.' || b[0].is_ascii_digit()) {
                return Err(invalid());
            }
            let int_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
            let mut v: u64 = 0;
            for c in &b[..int_len] {
                if v > limit / 10 {
                    return Err(invalid());
                }
                v = v * 10 + u64::from(c - b'0');
                if v > limit {
                    return Err(invalid());
                }
            }
            s = &s[int_len..];
            let pre = int_len > 0;
            let (mut frac, mut scale, mut post) = (0u64, 1f64, false);
            if let Some(rest) = s.strip_prefix('.') {
                s = rest;
                let flen = s.bytes().take_while(|c| c.is_ascii_digit()).count();
                let mut overflow = false;
                for c in s[..flen].bytes() {
                    if overflow || frac > (i64::MAX as u64 - 9) / 10 {
                        overflow = true;
                        continue;
                    }
                    frac = frac * 10 + u64::from(c - b'0');
                    scale *= 10.0;
                }
                post = flen > 0;
                s = &s[flen..];
            }
            if !pre && !post {
                return Err(invalid());
            }
            let ulen = s
                .char_indices()
                .find(|(_, c)| *c == '.' || c.is_ascii_digit())
                .map(|(i, _)| i)
                .unwrap_or(s.len());
            if ulen == 0 {
                return Err(format!("time: missing unit in duration {orig:?}"));
            }
            let unit_text = &s[..ulen];
            s = &s[ulen..];
            let Some((_, unit)) = UNITS.iter().find(|(u, _)| *u == unit_text) else {
                return Err(format!("time: unknown unit {unit_text:?} in duration {orig:?}"));
            };
            if v > limit / unit {
                return Err(invalid());
            }
            v *= unit;
            if frac > 0 {
                v += (frac as f64 * (*unit as f64 / scale)) as u64;
                if v > limit {
                    return Err(invalid());
                }
            }
            total += v;
            if total > limit {
                return Err(invalid());
            }
        }
        if neg {
            return Ok(Duration { nanos: (total as i128).wrapping_neg() as i64 });
        }
        if total > i64::MAX as u64 {
            return Err(invalid());
        }
        Ok(Duration { nanos: total as i64 })
    }

    /// Proto JSON text: seconds with 0, 3, 6 or 9 fractional digits (`10s`, `1.500s`).
    pub fn proto_json(&self) -> String {
        let neg = self.nanos < 0;
        let abs = self.nanos.unsigned_abs();
        let (secs, nanos) = (abs / 1_000_000_000, abs % 1_000_000_000);
        let frac = if nanos == 0 {
            String::new()
        } else if nanos % 1_000_000 == 0 {
            format!(".{:03}", nanos / 1_000_000)
        } else if nanos % 1_000 == 0 {
            format!(".{:06}", nanos / 1_000)
        } else {
            format!(".{nanos:09}")
        };
        format!("{}{secs}{frac}s", if neg { "-" } else { "" })
    }
}

/// Go's `Duration.String()`: `2h0m0s`, `1.5s`, `500ms`, `0s`.
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let neg = self.nanos < 0;
        let u = self.nanos.unsigned_abs();
        let sign = if neg { "-" } else { "" };
        if u == 0 {
            return f.write_str("0s");
        }
        let frac = |v: u64, digits: u32| -> String {
            let p = 10u64.pow(digits);
            let (int, rest) = (v / p, v % p);
            if rest == 0 {
                return int.to_string();
            }
            let s = format!("{rest:0width$}", width = digits as usize);
            format!("{int}.{}", s.trim_end_matches('0'))
        };
        if u < 1_000_000_000 {
            let (text, unit) = if u < 1_000 {
                (u.to_string(), "ns")
            } else if u < 1_000_000 {
                (frac(u, 3), "µs")
            } else {
                (frac(u, 6), "ms")
            };
            return write!(f, "{sign}{text}{unit}");
        }
        let secs_total = u / 1_000_000_000;
        let sub = u % 1_000_000_000;
        let (h, m, s) = (secs_total / 3600, (secs_total / 60) % 60, secs_total % 60);
        let secs = frac(s * 1_000_000_000 + sub, 9);
        if h > 0 {
            write!(f, "{sign}{h}h{m}m{secs}s")
        } else if m > 0 {
            write!(f, "{sign}{m}m{secs}s")
        } else {
            write!(f, "{sign}{secs}s")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_as_go() {
        assert_eq!(Duration::parse("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(Duration::parse("1m30s"), Ok(Duration::from_secs(90)));
        assert_eq!(Duration::parse("1.5h"), Ok(Duration::from_secs(5400)));
        assert_eq!(Duration::parse("-5ms"), Ok(Duration::from_nanos(-5_000_000)));
        assert_eq!(Duration::parse("1500us"), Ok(Duration::from_nanos(1_500_000)));
        assert_eq!(Duration::parse("0"), Ok(Duration::default()));
        assert_eq!(Duration::parse(".5s"), Ok(Duration::from_nanos(500_000_000)));
        assert_eq!(Duration::parse("10"), Err(r#"time: missing unit in duration "10""#.into()));
        assert_eq!(Duration::parse("10x"), Err(r#"time: unknown unit "x" in duration "10x""#.into()));
        assert_eq!(Duration::parse("abc"), Err(r#"time: invalid duration "abc""#.into()));
        assert_eq!(Duration::parse(""), Err(r#"time: invalid duration """#.into()));
        assert_eq!(Duration::parse("."), Err(r#"time: invalid duration ".""#.into()));
        assert!(Duration::parse("3000000h").is_err());
    }

    #[test]
    fn prints_as_go_and_proto() {
        assert_eq!(Duration::from_secs(7200).to_string(), "2h0m0s");
        assert_eq!(Duration::from_nanos(1_500_000_000).to_string(), "1.5s");
        assert_eq!(Duration::from_nanos(500_000_000).to_string(), "500ms");
        assert_eq!(Duration::from_nanos(1_500).to_string(), "1.5µs");
        assert_eq!(Duration::from_secs(90).to_string(), "1m30s");
        assert_eq!(Duration::default().to_string(), "0s");
        assert_eq!(Duration::from_secs(10).proto_json(), "10s");
        assert_eq!(Duration::from_nanos(1_500_000_000).proto_json(), "1.500s");
        assert_eq!(Duration::from_nanos(-5_000_000).proto_json(), "-0.005s");
        assert_eq!(Duration::default().proto_json(), "0s");
    }
}

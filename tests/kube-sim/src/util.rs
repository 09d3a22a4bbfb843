//! Small helpers: timestamps in Kubernetes formats, random uids and generated names, FNV hashing.
//! No state beyond a process-wide random counter.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

static RNG: AtomicU64 = AtomicU64::new(0);

fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn parts() -> (i64, u32) {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    (d.as_secs() as i64, d.subsec_micros())
}

fn format(secs: i64) -> String {
    let (y, mo, d) = civil(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// `metav1.Time`: second precision, UTC.
pub fn now() -> String {
    format!("{}Z", format(parts().0))
}

pub fn random() -> u64 {
    let seed = RNG.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed);
    let (s, us) = parts();
    splitmix(seed ^ ((s as u64) << 20) ^ us as u64 ^ (std::process::id() as u64) << 48)
}

pub fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub fn uid() -> String {
    let (a, b) = (random(), random());
    let h = format!("{a:016x}{b:016x}");
    format!("{}-{}-4{}-{}{}-{}", &h[0..8], &h[8..12], &h[13..16], ["8", "9", "a", "b"][(b & 3) as usize], &h[17..20], &h[20..32])
}

pub const NAME_ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";

/// `generateName` suffix: 5 characters from the Kubernetes alphabet.
pub fn name_suffix() -> String {
    let mut r = random();
    (0..5)
        .map(|_| {
            let c = NAME_ALPHABET[(r % NAME_ALPHABET.len() as u64) as usize] as char;
            r /= NAME_ALPHABET.len() as u64;
            c
        })
        .collect()
}

pub fn fnv32a(data: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in data {
        h ^= *b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Pod-template hash in the shape the controllers write (decimal re-encoded through the alphabet).
pub fn template_hash(v: &serde_json::Value) -> String {
    fnv32a(v.to_string().as_bytes()).to_string().bytes().map(|d| NAME_ALPHABET[d as usize % NAME_ALPHABET.len()] as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_have_kubernetes_shape() {
        assert_eq!(format(0), "1970-01-01T00:00:00");
        assert_eq!(format(1_748_779_200), "2025-06-01T12:00:00");
        assert_eq!(now().len(), 20);
    }

    #[test]
    fn uid_and_suffix_shape() {
        let u = uid();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!(name_suffix().bytes().all(|b| NAME_ALPHABET.contains(&b)));
        let h = template_hash(&serde_json::json!({"a":1}));
        assert!(h.bytes().all(|b| b"456789bcdf".contains(&b)), "{h}");
    }
}

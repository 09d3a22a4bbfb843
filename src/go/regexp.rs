//! Go's `regexp` (RE2) acceptance: a bridge that rewrites a Go pattern into one Rust's
//! `regex-syntax` parses with the same verdict, and reports Go's own error texts for what only
//! Go rejects. It decides validity only; it never matches.

/// Go's regexp error text: "error parsing regexp: <code>: `<expr>`".
fn go_re_err(code: &str, expr: &str) -> String {
    format!("error parsing regexp: {code}: `{expr}`")
}

/// Checks `re` with Go `regexp` (RE2) acceptance rules and returns Go's error text on failure.
///
/// Rust's `regex` differs from Go's RE2 parser; this function bridges the differences that
/// change acceptance before handing the pattern to `regex-syntax`:
/// - Go treats a `{` that does not start `{n}`, `{n,}` or `{n,m}` as a literal (Rust errors);
/// - Go rejects repeat counts above 1000 (Rust allows them) and stacked repetition (`a**`);
/// - Go supports `\Q…\E` and `\C`; Rust does not;
/// - Go's flags are only `i m s U` (Rust also has `x u R`);
/// - inside a class Go treats `[` (outside `[:name:]`), `&&`, `--`, `~~` literally (Rust nests
///   classes and has set operators);
/// - Go rejects a single-digit `\1`..`\9` (back-reference) but accepts octal `\0`, `\12`;
/// - Go allows nesting up to 1000 (Rust's default is 250).
///
/// - capture names: Go takes any letters, digits and `_` (`(?P<1st>`, `(?P<名前>`), Rust only
///   ASCII names not starting with a digit but also `.`, `[`, `]`.
///
/// - Unicode classes: Go knows only `Any`, the general categories and the script names, exactly
///   spelled (Rust also takes aliases, loose spellings and binary properties).
///
/// Remaining known difference: the quoted expression in some Go messages may be a slightly
/// different slice.
pub fn check_go_regex(re: &str) -> Result<(), String> {
    let translated = go_regex_to_rust(re)?;
    let mut parser = regex_syntax::ParserBuilder::new().octal(true).nest_limit(1000).build();
    match parser.parse(&translated) {
        Ok(_) => Ok(()),
        Err(regex_syntax::Error::Parse(e)) => {
            use regex_syntax::ast::ErrorKind as K;
            let span = e.span();
            let snippet = translated.get(span.start.offset..span.end.offset).unwrap_or(re);
            let code = match e.kind() {
                K::ClassRangeInvalid | K::ClassRangeLiteral | K::UnicodeClassInvalid => {
                    "invalid character class range"
                }
                K::ClassUnclosed => "missing closing ]",
                K::GroupUnclosed => "missing closing )",
                K::GroupUnopened => "unexpected )",
                K::RepetitionMissing => "missing argument to repetition operator",
                K::RepetitionCountInvalid => "invalid repeat count",
                K::GroupNameDuplicate { .. } => "duplicate capture group name",
                K::GroupNameEmpty | K::GroupNameInvalid | K::GroupNameUnexpectedEof => {
                    "invalid named capture"
                }
                K::NestLimitExceeded(_) => "expression nests too deeply",
                K::EscapeUnexpectedEof => {
                    return Err(go_re_err("trailing backslash at end of expression", ""));
                }
                K::UnsupportedLookAround
                | K::FlagDanglingNegation
                | K::FlagDuplicate { .. }
                | K::FlagRepeatedNegation { .. }
                | K::FlagUnexpectedEof
                | K::FlagUnrecognized => "invalid or unsupported Perl syntax",
                _ => "invalid escape sequence",
            };
            let whole = matches!(e.kind(), K::GroupUnclosed | K::GroupUnopened);
            Err(go_re_err(code, if whole { re } else { snippet }))
        }
        Err(regex_syntax::Error::Translate(e)) => {
            let span = e.span();
            let snippet = translated.get(span.start.offset..span.end.offset).unwrap_or(re);
            Err(go_re_err("invalid character class range", snippet))
        }
        Err(_) => Err(go_re_err("invalid or unsupported Perl syntax", re)),
    }
}

/// The Unicode class names Go's `regexp` knows in `\p{…}`: `Any`, the general categories, and
/// the scripts by their exact long names (case-sensitive; no aliases, no binary properties).
/// Scripts are Unicode 16's, so a script newer than the toolchain upstream was built with is
/// accepted rather than rejected.
const GO_UNICODE_CATEGORIES: &[&str] = &[
    "Any", "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd",
    "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp",
    "Zs",
];
const GO_UNICODE_SCRIPTS: &[&str] = &[
    "Adlam",
    "Ahom",
    "Anatolian_Hieroglyphs",
    "Arabic",
    "Armenian",
    "Avestan",
    "Balinese",
    "Bamum",
    "Bassa_Vah",
    "Batak",
    "Bengali",
    "Bhaiksuki",
    "Bopomofo",
    "Brahmi",
    "Braille",
    "Buginese",
    "Buhid",
    "Canadian_Aboriginal",
    "Carian",
    "Caucasian_Albanian",
    "Chakma",
    "Cham",
    "Cherokee",
    "Chorasmian",
    "Common",
    "Coptic",
    "Cuneiform",
    "Cypriot",
    "Cypro_Minoan",
    "Cyrillic",
    "Deseret",
    "Devanagari",
    "Dives_Akuru",
    "Dogra",
    "Duployan",
    "Egyptian_Hieroglyphs",
    "Elbasan",
    "Elymaic",
    "Ethiopic",
    "Garay",
    "Georgian",
    "Glagolitic",
    "Gothic",
    "Grantha",
    "Greek",
    "Gujarati",
    "Gunjala_Gondi",
    "Gurmukhi",
    "Gurung_Khema",
    "Han",
    "Hangul",
    "Hanifi_Rohingya",
    "Hanunoo",
    "Hatran",
    "Hebrew",
    "Hiragana",
    "Imperial_Aramaic",
    "Inherited",
    "Inscriptional_Pahlavi",
    "Inscriptional_Parthian",
    "Javanese",
    "Kaithi",
    "Kannada",
    "Katakana",
    "Kawi",
    "Kayah_Li",
    "Kharoshthi",
    "Khitan_Small_Script",
    "Khmer",
    "Khojki",
    "Khudawadi",
    "Kirat_Rai",
    "Lao",
    "Latin",
    "Lepcha",
    "Limbu",
    "Linear_A",
    "Linear_B",
    "Lisu",
    "Lycian",
    "Lydian",
    "Mahajani",
    "Makasar",
    "Malayalam",
    "Mandaic",
    "Manichaean",
    "Marchen",
    "Masaram_Gondi",
    "Medefaidrin",
    "Meetei_Mayek",
    "Mende_Kikakui",
    "Meroitic_Cursive",
    "Meroitic_Hieroglyphs",
    "Miao",
    "Modi",
    "Mongolian",
    "Mro",
    "Multani",
    "Myanmar",
    "Nabataean",
    "Nag_Mundari",
    "Nandinagari",
    "New_Tai_Lue",
    "Newa",
    "Nko",
    "Nushu",
    "Nyiakeng_Puachue_Hmong",
    "Ogham",
    "Ol_Chiki",
    "Ol_Onal",
    "Old_Hungarian",
    "Old_Italic",
    "Old_North_Arabian",
    "Old_Permic",
    "Old_Persian",
    "Old_Sogdian",
    "Old_South_Arabian",
    "Old_Turkic",
    "Old_Uyghur",
    "Oriya",
    "Osage",
    "Osmanya",
    "Pahawh_Hmong",
    "Palmyrene",
    "Pau_Cin_Hau",
    "Phags_Pa",
    "Phoenician",
    "Psalter_Pahlavi",
    "Rejang",
    "Runic",
    "Samaritan",
    "Saurashtra",
    "Sharada",
    "Shavian",
    "Siddham",
    "SignWriting",
    "Sinhala",
    "Sogdian",
    "Sora_Sompeng",
    "Soyombo",
    "Sundanese",
    "Sunuwar",
    "Syloti_Nagri",
    "Syriac",
    "Tagalog",
    "Tagbanwa",
    "Tai_Le",
    "Tai_Tham",
    "Tai_Viet",
    "Takri",
    "Tamil",
    "Tangsa",
    "Tangut",
    "Telugu",
    "Thaana",
    "Thai",
    "Tibetan",
    "Tifinagh",
    "Tirhuta",
    "Todhri",
    "Toto",
    "Tulu_Tigalari",
    "Ugaritic",
    "Vai",
    "Vithkuqi",
    "Wancho",
    "Warang_Citi",
    "Yezidi",
    "Yi",
    "Zanabazar_Square",
];

/// A `\p`/`\P` class at the start of `s` (Go syntax: `\pL`, `\p{Greek}`, `\p{^Greek}`): its
/// Rust spelling and byte length, or Go's error for a name Go does not know.
fn go_unicode_class(s: &str) -> Result<(String, usize), String> {
    let negated = s.as_bytes()[1] == b'P';
    let body = &s[2..];
    let (name, used) = if let Some(braced) = body.strip_prefix('{') {
        let Some(end) = braced.find('}') else {
            return Err(go_re_err("invalid character class range", s));
        };
        (&braced[..end], 2 + 1 + end + 1)
    } else {
        let Some(ch) = body.chars().next() else {
            return Err(go_re_err("invalid character class range", s));
        };
        (&body[..ch.len_utf8()], 2 + ch.len_utf8())
    };
    let (name, negated) = match name.strip_prefix('^') {
        Some(n) => (n, !negated),
        None => (name, negated),
    };
    if !GO_UNICODE_CATEGORIES.contains(&name) && !GO_UNICODE_SCRIPTS.contains(&name) {
        return Err(go_re_err("invalid character class range", &s[..used]));
    }
    if name == "Cs" {
        // Surrogates: never in valid UTF-8. Go accepts the class; Rust has none, so spell it
        // as the empty class (or, negated, every character).
        return Ok((if negated { r"[\x00-\x{10FFFF}]" } else { r"[^\x00-\x{10FFFF}]" }.to_string(), used));
    }
    Ok((format!("\\{}{{{name}}}", if negated { 'P' } else { 'p' }), used))
}

/// A `{n}`, `{n,}` or `{n,m}` at the start of `s`: its byte length and (min, max).
fn go_repeat_at(s: &str) -> Option<(usize, i64, Option<i64>)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'{') {
        return None;
    }
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n1 = digits(1);
    if n1 == 0 {
        return None;
    }
    let min = s[1..1 + n1].parse::<i64>().unwrap_or(i64::MAX);
    let mut i = 1 + n1;
    let max;
    if b.get(i) == Some(&b',') {
        let n2 = digits(i + 1);
        max = if n2 == 0 { None } else { Some(s[i + 1..i + 1 + n2].parse::<i64>().unwrap_or(i64::MAX)) };
        i += 1 + n2;
    } else {
        max = Some(min);
    }
    (b.get(i) == Some(&b'}')).then_some((i + 1, min, max))
}

/// Rewrites a Go RE2 pattern into an equivalent-for-acceptance Rust pattern (see
/// [`check_go_regex`]), or returns the Go error for what only Go's parser reports.
fn go_regex_to_rust(re: &str) -> Result<String, String> {
    let mut out = String::with_capacity(re.len() + 8);
    let mut i = 0;
    let mut depth: usize = 0;
    let mut class_start: Option<usize> = None;
    let mut last_repeat: Option<usize> = None;
    let mut names: Vec<&str> = Vec::new();
    while i < re.len() {
        let rest = &re[i..];
        let c = rest.chars().next().expect("non-empty");
        if class_start.is_some() {
            // Inside a character class.
            match c {
                ']' => {
                    out.push(']');
                    class_start = None;
                    i += 1;
                }
                '\\' => {
                    let next = rest[1..].chars().next();
                    match next {
                        None => {
                            return Err(go_re_err("trailing backslash at end of expression", ""));
                        }
                        Some('p' | 'P') => {
                            let (class, used) = go_unicode_class(rest)?;
                            out.push_str(&class);
                            i += used;
                        }
                        Some(n) => {
                            out.push('\\');
                            out.push(n);
                            i += 1 + n.len_utf8();
                        }
                    }
                }
                '[' => {
                    if rest.starts_with("[:") && rest[2..].find(":]").is_some() {
                        let end = 2 + rest[2..].find(":]").unwrap() + 2;
                        out.push_str(&rest[..end]);
                        i += end;
                    } else {
                        out.push_str("\\[");
                        i += 1;
                    }
                }
                '&' | '~' if rest[1..].starts_with(c) => {
                    out.push('\\');
                    out.push(c);
                    i += 1;
                }
                '-' if rest[1..].starts_with('-') => {
                    out.push_str("-\\-");
                    i += 2;
                }
                _ => {
                    out.push(c);
                    i += c.len_utf8();
                }
            }
            continue;
        }
        let mut repeat_here = false;
        match c {
            '\\' => {
                let Some(n) = rest[1..].chars().next() else {
                    return Err(go_re_err("trailing backslash at end of expression", ""));
                };
                match n {
                    'Q' => {
                        let body = &rest[2..];
                        let (lit, used) = match body.find("\\E") {
                            Some(e) => (&body[..e], 2 + e + 2),
                            None => (body, rest.len()),
                        };
                        out.push_str("(?:");
                        out.push_str(&regex_syntax::escape(lit));
                        out.push(')');
                        i += used;
                        last_repeat = None;
                        continue;
                    }
                    'C' => out.push_str("(?s:.)"),
                    'b' | 'B' => {
                        out.push_str("(?:\\");
                        out.push(n);
                        out.push(')');
                    }
                    '1'..='7' if !rest[2..].starts_with(|d: char| ('0'..='7').contains(&d)) => {
                        return Err(go_re_err("invalid escape sequence", &rest[..2]));
                    }
                    '8' | '9' => return Err(go_re_err("invalid escape sequence", &rest[..2])),
                    'p' | 'P' => {
                        let (class, used) = go_unicode_class(rest)?;
                        out.push_str(&class);
                        i += used;
                        last_repeat = None;
                        continue;
                    }
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
                i += 1 + n.len_utf8();
            }
            '[' => {
                class_start = Some(i);
                out.push('[');
                i += 1;
                if re[i..].starts_with('^') {
                    out.push('^');
                    i += 1;
                }
                if re[i..].starts_with(']') {
                    out.push_str("\\]");
                    i += 1;
                }
            }
            '(' if rest.starts_with("(?P<") || rest.starts_with("(?<") => {
                // Named group: Go allows any letters, digits and `_` (a leading digit too);
                // Rust only ASCII names not starting with a digit, but also `.`, `[`, `]`.
                let open = if rest.starts_with("(?P<") { 4 } else { 3 };
                let Some(end) = rest[open..].find('>') else {
                    return Err(go_re_err("invalid named capture", rest));
                };
                let name = &rest[open..open + end];
                if name.is_empty() || !name.chars().all(|ch| ch == '_' || ch.is_alphanumeric()) {
                    return Err(go_re_err("invalid named capture", &rest[..open + end + 1]));
                }
                if names.contains(&name) {
                    return Err(go_re_err("duplicate capture group name", name));
                }
                names.push(name);
                let rust_safe = name.starts_with(|ch: char| ch == '_' || ch.is_ascii_alphabetic())
                    && name.bytes().all(|b| b == b'_' || b.is_ascii_alphanumeric());
                out.push_str("(?P<");
                if rust_safe {
                    out.push_str(name);
                } else {
                    // An injective spelling no Go name can have (Go names never contain `.`).
                    out.push_str("_.");
                    name.bytes().for_each(|b| out.push_str(&format!("{b:02x}")));
                }
                out.push('>');
                depth += 1;
                i += open + end + 1;
            }
            '(' => {
                if let Some(body) = rest.strip_prefix("(?") {
                    // Flags group: Go knows only i, m, s, U (and `-`).
                    if let Some(p) = body.find(|ch: char| !matches!(ch, 'i' | 'm' | 's' | 'U' | '-')) {
                        let ch = body[p..].chars().next().unwrap();
                        if ch != ':' && ch != ')' {
                            return Err(go_re_err(
                                "invalid or unsupported Perl syntax",
                                &rest[..2 + p + ch.len_utf8()],
                            ));
                        }
                        if ch == ')' {
                            out.push_str(&rest[..2 + p + 1]);
                            i += 2 + p + 1;
                            last_repeat = None;
                            continue;
                        }
                    }
                }
                depth += 1;
                out.push('(');
                i += 1;
            }
            ')' => {
                if depth == 0 {
                    return Err(go_re_err("unexpected )", re));
                }
                depth -= 1;
                out.push(')');
                i += 1;
            }
            '*' | '+' | '?' => {
                repeat_here = true;
                let mut len = 1;
                if rest[1..].starts_with('?') {
                    len = 2;
                }
                if let Some(prev) = last_repeat {
                    return Err(go_re_err("invalid nested repetition operator", &re[prev..i + len]));
                }
                out.push_str(&rest[..len]);
                last_repeat = Some(i);
                i += len;
            }
            '{' => match go_repeat_at(rest) {
                Some((len, min, max)) => {
                    repeat_here = true;
                    let mut total = len;
                    if rest[len..].starts_with('?') {
                        total += 1;
                    }
                    if let Some(prev) = last_repeat {
                        return Err(go_re_err("invalid nested repetition operator", &re[prev..i + total]));
                    }
                    if min > 1000 || max.is_some_and(|m| m > 1000 || min > m) {
                        return Err(go_re_err("invalid repeat count", &rest[..len]));
                    }
                    out.push_str(&rest[..total]);
                    last_repeat = Some(i);
                    i += total;
                }
                None => {
                    out.push_str("\\{");
                    i += 1;
                }
            },
            _ => {
                out.push(c);
                i += c.len_utf8();
            }
        }
        if !repeat_here {
            last_repeat = None;
        }
    }
    if let Some(start) = class_start {
        return Err(go_re_err("missing closing ]", &re[start..]));
    }
    if depth > 0 {
        return Err(go_re_err("missing closing )", re));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_go_unicode_class_name_is_one_rust_knows() {
        for n in GO_UNICODE_CATEGORIES.iter().chain(GO_UNICODE_SCRIPTS) {
            assert!(check_go_regex(&format!("\\p{{{n}}}")).is_ok(), "{n}");
        }
    }

    #[test]
    fn go_regex_bridge_never_panics() {
        // Deterministic pseudo-random patterns over the characters the bridge treats specially,
        // plus multi-byte ones, so slicing at char boundaries is exercised.
        let alphabet: Vec<char> = "\\()[]{}*+?|^$.-&~:PQEC<>=!,0123456789aiUxé€".chars().collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut re = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 12) {
                re.push(alphabet[((seed >> (k * 5)) as usize) % alphabet.len()]);
            }
            let _ = check_go_regex(&re);
        }
    }
}

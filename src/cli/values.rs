//! Flag values parsed by the parser, so a bad value is a usage error (exit 64) that names the
//! flag: Go durations, and the one output-format type with the subset each command accepts.
//! Pure parsing; what a value means is decided in `settings/`.

use std::time::Duration;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use crate::output::OutputFormat;

/// A Go `time.ParseDuration` value (`15s`, `1m30s`, `500ms`); negative durations are refused.
pub fn go_duration(text: &str) -> Result<Duration, String> {
    let nanos = crate::api::common::parse_go_duration(text)
        .ok_or_else(|| "not a duration: use Go syntax such as 15s, 1m30s or 500ms".to_string())?;
    if nanos < 0 {
        return Err("a duration cannot be negative".into());
    }
    u64::try_from(nanos).map(Duration::from_nanos).map_err(|_| "duration out of range".to_string())
}

/// `-o/--output`: one [`OutputFormat`] type; each command names the formats it accepts.
#[derive(Debug, Clone, Copy)]
pub struct Formats(pub &'static [OutputFormat]);

/// Table, JSON or YAML (the list commands).
pub const LIST_FORMATS: Formats = Formats(&[OutputFormat::Table, OutputFormat::Json, OutputFormat::Yaml]);
/// JSON or YAML (`version`).
pub const DOCUMENT_FORMATS: Formats = Formats(&[OutputFormat::Json, OutputFormat::Yaml]);
/// YAML, JSON or `--set` flags (`profile dump`).
pub const DUMP_FORMATS: Formats = Formats(&[OutputFormat::Yaml, OutputFormat::Json, OutputFormat::Flags]);

fn possible(f: OutputFormat) -> PossibleValue {
    let v = PossibleValue::new(f.name());
    match f {
        OutputFormat::Flags => v.help("One `--set` flag per leaf value"),
        _ => v,
    }
}

impl TypedValueParser for Formats {
    type Value = OutputFormat;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<OutputFormat, clap::Error> {
        let name =
            PossibleValuesParser::new(self.0.iter().map(|f| possible(*f))).parse_ref(cmd, arg, value)?;
        self.0
            .iter()
            .copied()
            .find(|f| f.name() == name)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().map(|f| possible(*f))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(go_duration("15s"), Ok(Duration::from_secs(15)));
        assert_eq!(go_duration("1m30s"), Ok(Duration::from_secs(90)));
        assert_eq!(go_duration("0"), Ok(Duration::ZERO));
        assert!(go_duration("soon").unwrap_err().contains("Go syntax"));
        assert!(go_duration("-5s").unwrap_err().contains("negative"));
        assert!(go_duration("").is_err());
    }
}

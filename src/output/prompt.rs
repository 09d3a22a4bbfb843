//! Yes/no confirmation as upstream asks it: the question on stdout followed by a space, one
//! answer read from stdin; `y`/`yes` mean yes, `n`/`no` mean no, anything else asks again, and
//! an empty line, EOF or a read error mean no (so a run without a terminal never proceeds).

use std::io::{self, Write};

use super::Printer;

/// Interprets one answer: `Some(true)` yes, `Some(false)` no, `None` ask again.
pub fn answer(line: &str) -> Option<bool> {
    match line.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Some(true),
        "n" | "no" | "" => Some(false),
        _ => None,
    }
}

impl Printer {
    /// Asks `question` and reads answers (stdin, or the injected input) until one is yes or no.
    pub fn confirm(&mut self, question: &str) -> io::Result<bool> {
        loop {
            self.out.write_all(format!("{question} ").as_bytes())?;
            self.out.flush()?;
            let mut line = String::new();
            match self.input.read_line(&mut line) {
                Ok(0) | Err(_) => return Ok(false),
                Ok(_) => {
                    if let Some(yes) = answer(&line) {
                        return Ok(yes);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::Printer;

    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?.extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn ask(answers: &'static str) -> (bool, String) {
        let out = Buf::default();
        let mut p = Printer::to_writers(Box::new(out.clone()), Box::new(Buf::default()))
            .with_input(Box::new(answers.as_bytes()), true);
        let yes = p.confirm("Proceed? (y/N)").unwrap();
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        (yes, text)
    }

    #[test]
    fn confirm_reads_injected_answers() {
        assert_eq!(ask("y\n"), (true, "Proceed? (y/N) ".into()));
        assert_eq!(ask("maybe\nno\n"), (false, "Proceed? (y/N) Proceed? (y/N) ".into()));
        assert_eq!(ask(""), (false, "Proceed? (y/N) ".into()));
    }

    #[test]
    fn answers() {
        assert_eq!(super::answer("Y\n"), Some(true));
        assert_eq!(super::answer("yes"), Some(true));
        assert_eq!(super::answer("No"), Some(false));
        assert_eq!(super::answer("\n"), Some(false));
        assert_eq!(super::answer("maybe"), None);
    }
}

//! Yes/no confirmation as upstream asks it: the question on stdout followed by a space, one
//! answer read from stdin; `y`/`yes` mean yes, `n`/`no` mean no, anything else asks again, and
//! an empty line, EOF or a read error mean no (so a run without a terminal never proceeds).

use std::io::{self, BufRead, Write};

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
    /// Asks `question` and reads answers from stdin until one is yes or no.
    pub fn confirm(&mut self, question: &str) -> io::Result<bool> {
        let stdin = io::stdin();
        loop {
            self.out.write_all(format!("{question} ").as_bytes())?;
            self.out.flush()?;
            let mut line = String::new();
            match stdin.lock().read_line(&mut line) {
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
    #[test]
    fn answers() {
        assert_eq!(super::answer("Y\n"), Some(true));
        assert_eq!(super::answer("yes"), Some(true));
        assert_eq!(super::answer("No"), Some(false));
        assert_eq!(super::answer("\n"), Some(false));
        assert_eq!(super::answer("maybe"), None);
    }
}

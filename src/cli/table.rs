//! Aligned columns as docker prints its tables: Go's `text/tabwriter` with the settings docker's
//! formatter uses (minimum cell width 10, padding 3, spaces), over tab-terminated cells.
//!
//! The algorithm is tabwriter's elastic tabstops: a column is a run of consecutive lines that
//! all have a tab-terminated cell at that position; its width is the widest cell plus the
//! padding, at least the minimum width. Text after a line's last tab is not part of a column
//! and is never padded. Widths count characters, not bytes (`…` is one column).

/// The minimum cell width, padding included, docker's formatter asks for.
pub const MIN_WIDTH: usize = 10;
/// The spaces added after the widest cell of a column.
pub const PADDING: usize = 3;

/// Align `text` (lines of `\t`-terminated cells) with docker's settings.
pub fn align(text: &str) -> String {
    align_with(text, MIN_WIDTH, PADDING)
}

/// Align `text` with a given minimum cell width and padding (as `tabwriter.NewWriter(w,
/// minwidth, 1, padding, ' ', 0)`).
pub fn align_with(text: &str, min_width: usize, padding: usize) -> String {
    let lines: Vec<Vec<&str>> = text.split('\n').map(|l| l.split('\t').collect()).collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut widths = Vec::new();
    Formatter {
        lines: &lines,
        min_width,
        padding,
        out: &mut out,
    }
    .format(&mut widths, 0, lines.len());
    out
}

struct Formatter<'a> {
    lines: &'a [Vec<&'a str>],
    min_width: usize,
    padding: usize,
    out: &'a mut String,
}

fn width(cell: &str) -> usize {
    cell.chars().count()
}

impl Formatter<'_> {
    /// Lay out lines `from..to`, whose columns left of `widths.len()` are already sized.
    fn format(&mut self, widths: &mut Vec<usize>, from: usize, to: usize) {
        let column = widths.len();
        let mut start = from;
        let mut this = from;
        while this < to {
            if column + 1 >= self.lines[this].len() {
                this += 1;
                continue;
            }
            // A block of lines with a cell in this column begins here.
            self.write_lines(widths, start, this);
            start = this;
            let mut w = self.min_width;
            while this < to && column + 1 < self.lines[this].len() {
                w = w.max(width(self.lines[this][column]) + self.padding);
                this += 1;
            }
            widths.push(w);
            self.format(widths, start, this);
            widths.pop();
            start = this;
        }
        self.write_lines(widths, start, to);
    }

    fn write_lines(&mut self, widths: &[usize], from: usize, to: usize) {
        for i in from..to {
            let line = &self.lines[i];
            for (j, cell) in line.iter().enumerate() {
                self.out.push_str(cell);
                if let Some(w) = widths.get(j) {
                    if j + 1 < line.len() {
                        let pad = w.saturating_sub(width(cell));
                        self.out.extend(std::iter::repeat_n(' ', pad));
                    }
                }
            }
            if i + 1 < self.lines.len() {
                self.out.push('\n');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_pad_to_the_widest_cell_plus_three_and_at_least_ten() {
        let t = "REPOSITORY\tTAG\tIMAGE ID\nuser/catnip\tlatest\t5a7aa32cb4b5\n";
        assert_eq!(
            align(t),
            "REPOSITORY    TAG       IMAGE ID\nuser/catnip   latest    5a7aa32cb4b5\n"
        );
    }

    #[test]
    fn a_line_without_the_column_ends_the_block() {
        let t = "a\tb\nnone\nlonger cell\tc\n";
        assert_eq!(align(t), "a         b\nnone\nlonger cell   c\n");
    }

    #[test]
    fn text_after_the_last_tab_is_not_padded() {
        assert_eq!(align("x\t\n"), "x         \n");
        assert_eq!(align("…\tb"), "…         b");
    }
}

//! Lower case for every letter, exactly as `char::to_lowercase` gives it,
//! from a table of runs. The standard library's own table is one of the
//! largest parts of the widget's WebAssembly; this one is an eighth of it.

/// The lower case of `c`: one character, or two for 'İ' (an 'i' and a
/// combining dot above), as `char::to_lowercase` gives them.
pub fn lowercase(c: char) -> impl Iterator<Item = char> + Clone {
    let (first, second) = if c == '\u{130}' {
        ('i', Some('\u{307}'))
    } else {
        (single_lowercase(c), None)
    };
    std::iter::once(first).chain(second)
}

fn single_lowercase(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let code = c as u32;
    let after = RUNS.partition_point(|&(run, _)| run >> 8 <= code);
    let Some(&(run, shift)) = after.checked_sub(1).and_then(|last| RUNS.get(last)) else {
        return c;
    };
    let (start, len, step) = (run >> 8, (run >> 1 & 0x7F) + 1, (run & 1) + 1);
    let offset = code - start;
    if offset % step != 0 || offset / step >= len {
        return c;
    }
    char::from_u32(code.wrapping_add_signed(shift)).unwrap_or(c)
}

/// Runs of letters whose lower case is the letter moved by the same
/// distance: `(first << 8 | (letters - 1) << 1 | alternate, distance)`,
/// where an alternate run takes every second character (Latin Extended's
/// upper/lower pairs). `print_runs` below writes this table.
#[rustfmt::skip]
const RUNS: &[(u32, i32)] = &[
    (0x0004132, 32), (0x000C02C, 32), (0x000D80C, 32), (0x001002F, 1),
    (0x0013205, 1), (0x001390F, 1), (0x0014A2D, 1), (0x0017800, -121),
    (0x0017905, 1), (0x0018100, 210), (0x0018203, 1), (0x0018600, 206),
    (0x0018700, 1), (0x0018902, 205), (0x0018B00, 1), (0x0018E00, 79),
    (0x0018F00, 202), (0x0019000, 203), (0x0019100, 1), (0x0019300, 205),
    (0x0019400, 207), (0x0019600, 211), (0x0019700, 209), (0x0019800, 1),
    (0x0019C00, 211), (0x0019D00, 213), (0x0019F00, 214), (0x001A005, 1),
    (0x001A600, 218), (0x001A700, 1), (0x001A900, 218), (0x001AC00, 1),
    (0x001AE00, 218), (0x001AF00, 1), (0x001B102, 217), (0x001B303, 1),
    (0x001B700, 219), (0x001B800, 1), (0x001BC00, 1), (0x001C400, 2),
    (0x001C500, 1), (0x001C700, 2), (0x001C800, 1), (0x001CA00, 2),
    (0x001CB11, 1), (0x001DE11, 1), (0x001F100, 2), (0x001F203, 1),
    (0x001F600, -97), (0x001F700, -56), (0x001F827, 1), (0x0022000, -130),
    (0x0022211, 1), (0x0023A00, 10795), (0x0023B00, 1), (0x0023D00, -163),
    (0x0023E00, 10792), (0x0024100, 1), (0x0024300, -195), (0x0024400, 69),
    (0x0024500, 71), (0x0024609, 1), (0x0037003, 1), (0x0037600, 1),
    (0x0037F00, 116), (0x0038600, 38), (0x0038804, 37), (0x0038C00, 64),
    (0x0038E02, 63), (0x0039120, 32), (0x003A310, 32), (0x003CF00, 8),
    (0x003D817, 1), (0x003F400, -60), (0x003F700, 1), (0x003F900, -7),
    (0x003FA00, 1), (0x003FD04, -130), (0x004001E, 80), (0x004103E, 32),
    (0x0046021, 1), (0x0048A35, 1), (0x004C000, 15), (0x004C10D, 1),
    (0x004D05F, 1), (0x005314A, 48), (0x010A04A, 7264), (0x010C700, 7264),
    (0x010CD00, 7264), (0x013A09E, 38864), (0x013F00A, 8), (0x01C8900, 1),
    (0x01C9054, -3008), (0x01CBD04, -3008), (0x01E0095, 1), (0x01E9E00, -7615),
    (0x01EA05F, 1), (0x01F080E, -8), (0x01F180A, -8), (0x01F280E, -8),
    (0x01F380E, -8), (0x01F480A, -8), (0x01F5907, -8), (0x01F680E, -8),
    (0x01F880E, -8), (0x01F980E, -8), (0x01FA80E, -8), (0x01FB802, -8),
    (0x01FBA02, -74), (0x01FBC00, -9), (0x01FC806, -86), (0x01FCC00, -9),
    (0x01FD802, -8), (0x01FDA02, -100), (0x01FE802, -8), (0x01FEA02, -112),
    (0x01FEC00, -7), (0x01FF802, -128), (0x01FFA02, -126), (0x01FFC00, -9),
    (0x0212600, -7517), (0x0212A00, -8383), (0x0212B00, -8262), (0x0213200, 28),
    (0x021601E, 16), (0x0218300, 1), (0x024B632, 26), (0x02C005E, 48),
    (0x02C6000, 1), (0x02C6200, -10743), (0x02C6300, -3814), (0x02C6400, -10727),
    (0x02C6705, 1), (0x02C6D00, -10780), (0x02C6E00, -10749), (0x02C6F00, -10783),
    (0x02C7000, -10782), (0x02C7200, 1), (0x02C7500, 1), (0x02C7E02, -10815),
    (0x02C8063, 1), (0x02CEB03, 1), (0x02CF200, 1), (0x0A6402D, 1),
    (0x0A6801B, 1), (0x0A7220D, 1), (0x0A7323D, 1), (0x0A77903, 1),
    (0x0A77D00, -35332), (0x0A77E09, 1), (0x0A78B00, 1), (0x0A78D00, -42280),
    (0x0A79003, 1), (0x0A79613, 1), (0x0A7AA00, -42308), (0x0A7AB00, -42319),
    (0x0A7AC00, -42315), (0x0A7AD00, -42305), (0x0A7AE00, -42308), (0x0A7B000, -42258),
    (0x0A7B100, -42282), (0x0A7B200, -42261), (0x0A7B300, 928), (0x0A7B40F, 1),
    (0x0A7C400, -48), (0x0A7C500, -42307), (0x0A7C600, -35384), (0x0A7C703, 1),
    (0x0A7CB00, -42343), (0x0A7CC0F, 1), (0x0A7DC00, -42561), (0x0A7F500, 1),
    (0x0FF2132, 32), (0x104004E, 40), (0x104B046, 40), (0x1057014, 39),
    (0x1057C1C, 39), (0x1058C0C, 39), (0x1059402, 39), (0x10C8064, 64),
    (0x10D502A, 32), (0x118A03E, 32), (0x16E403E, 32), (0x16EA030, 27),
    (0x1E90042, 34),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_library_for_every_character() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert!(lowercase(c).eq(c.to_lowercase()), "U+{:04X}", c as u32);
        }
    }

    /// Writes `RUNS` from the standard library's lower case, for a Rust
    /// with newer Unicode: `cargo test -p newsdeck-core print_runs --
    /// --ignored --nocapture`.
    #[test]
    #[ignore]
    fn print_runs() {
        let moved: Vec<(u32, i64)> = (0..=char::MAX as u32)
            .filter_map(char::from_u32)
            .filter_map(|c| {
                let mut lower = c.to_lowercase();
                let first = lower.next()?;
                (lower.next().is_none() && first != c)
                    .then(|| (c as u32, i64::from(first as u32) - i64::from(c as u32)))
            })
            .collect();
        let mut at = 0;
        while at < moved.len() {
            let (start, shift) = moved[at];
            let run_of = |step: u32| {
                (1..128)
                    .take_while(|&n| moved.get(at + n as usize) == Some(&(start + step * n, shift)))
                    .count() as u32
                    + 1
            };
            let (len, step) = [1, 2].map(|step| (run_of(step), step)).into_iter().fold(
                (1, 1),
                |best, candidate| {
                    if candidate.0 > best.0 {
                        candidate
                    } else {
                        best
                    }
                },
            );
            println!(
                "(0x{:07X}, {shift}),",
                start << 8 | (len - 1) << 1 | (step - 1)
            );
            at += len as usize;
        }
    }
}

//! Numbers in digits, words and both: "1,200", "seventy-five",
//! "two hundred thousand", "2.5 million", "1.2 mln", "a dozen", ordinals.

use crate::toks::Toks;
use dateline_core::tokenize::tokenize;

/// Value of a cardinal word below twenty.
pub(crate) fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

/// Value of a tens word.
pub(crate) fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words that multiply what precedes them ("million", "mln", "bn").
/// `standalone` admits the Indian short forms that are too ambiguous in
/// running text ("l", "cr", "kr").
pub(crate) fn scale_word(w: &str, standalone: bool) -> Option<f64> {
    Some(match w {
        "thousand" | "thousands" => 1e3,
        "million" | "millions" | "mln" | "mn" | "mil" | "mio" => 1e6,
        "billion" | "billions" | "bln" | "bn" | "bil" => 1e9,
        "trillion" | "trillions" | "trln" | "tln" | "tn" => 1e12,
        "lakh" | "lakhs" | "lac" | "lacs" | "lkh" | "lkhs" => 1e5,
        "crore" | "crores" | "koti" | "krores" | "krore" => 1e7,
        "l" if standalone => 1e5,
        "cr" | "kr" if standalone => 1e7,
        _ => return None,
    })
}

/// Scale suffix glued to digits ("10k", "1.2M", "3bn", "5mln").
/// `money` admits the single letters "m" and "b".
pub(crate) fn scale_suffix(s: &str, money: bool, standalone: bool) -> Option<f64> {
    let l = s.to_ascii_lowercase();
    Some(match l.as_str() {
        "k" => 1e3,
        "m" if money || standalone => 1e6,
        "b" if money => 1e9,
        "g" if standalone && s == "G" => 1e9,
        "mm" if money => 1e6,
        _ => return scale_word(&l, standalone),
    })
}

/// Ordinal words and their value.
pub(crate) fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        "millionth" => 1e6,
        _ => return None,
    })
}

/// Ordinal written as one word, possibly glued to its tens ("twentyfifth").
pub(crate) fn ordinal_compound(w: &str) -> Option<f64> {
    let b = w.as_bytes();
    if b.len() < 5 || !matches!(&b[b.len() - 2..], b"th" | b"st" | b"nd" | b"rd") {
        return None;
    }
    if let Some(v) = ordinal_word(w) {
        return Some(v);
    }
    for tens in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] {
        if let Some(rest) = w.strip_prefix(tens) {
            let t = tens_word(tens)?;
            if let Some(o) = ordinal_word(rest) {
                if o < 10.0 {
                    return Some(t + o);
                }
            }
        }
    }
    None
}

/// An ordinal in digits: "1st", "22nd", "73rd", "90th".
pub(crate) fn ordinal_digits(w: &str) -> Option<f64> {
    let i = w.find(|c: char| !c.is_ascii_digit())?;
    if i == 0 || i > 9 {
        return None;
    }
    let (d, suf) = w.split_at(i);
    let n: u64 = d.parse().ok()?;
    let expect = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    // Accept the regular suffix; "2d"/"3d" (old newspaper style) too.
    let ok = suf == expect || (suf == "d" && matches!(n % 10, 2 | 3));
    ok.then_some(n as f64)
}

/// Denominator words of fractions ("third", "quarters", "half").
pub(crate) fn denominator_word(w: &str) -> Option<(f64, bool)> {
    // (denominator, plural)
    Some(match w {
        "half" => (2.0, false),
        "halves" => (2.0, true),
        "third" => (3.0, false),
        "thirds" => (3.0, true),
        "quarter" | "fourth" => (4.0, false),
        "quarters" | "fourths" => (4.0, true),
        "fifth" => (5.0, false),
        "fifths" => (5.0, true),
        "sixth" => (6.0, false),
        "sixths" => (6.0, true),
        "seventh" => (7.0, false),
        "sevenths" => (7.0, true),
        "eighth" => (8.0, false),
        "eighths" => (8.0, true),
        "ninth" => (9.0, false),
        "ninths" => (9.0, true),
        "tenth" => (10.0, false),
        "tenths" => (10.0, true),
        "hundredth" => (100.0, false),
        "hundredths" => (100.0, true),
        _ => return None,
    })
}

/// What a digit string holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Digits {
    /// Its value.
    pub value: f64,
    /// Byte length of the numeric part (the rest is a suffix).
    pub num_len: usize,
    /// A thousands separator was used.
    pub comma: bool,
    /// A decimal point was used.
    pub decimal: bool,
    /// A slash fraction ("3/4").
    pub slash: bool,
    /// Count of integer digits.
    pub int_digits: usize,
}

/// Parses the numeric prefix of `s`: "1,200.5", ".77", "0033", "3/4",
/// followed by an optional letter suffix (returned by `num_len`).
pub(crate) fn parse_digits(s: &str) -> Option<Digits> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut int = 0.0f64;
    let mut int_digits = 0;
    let mut comma = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            int = int * 10.0 + f64::from(c - b'0');
            int_digits += 1;
            i += 1;
        } else if c == b','
            && int_digits > 0
            && i + 3 < b.len() + 1
            && b.get(i + 1..i + 4).is_some_and(|x| x.iter().all(u8::is_ascii_digit))
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            comma = true;
            i += 1;
        } else {
            break;
        }
    }
    let mut value = int;
    let mut decimal = false;
    let mut slash = false;
    if i < b.len() && b[i] == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        decimal = true;
        i += 1;
        let mut scale = 0.1;
        while i < b.len() && b[i].is_ascii_digit() {
            value += f64::from(b[i] - b'0') * scale;
            scale /= 10.0;
            i += 1;
        }
    } else if i < b.len() && b[i] == b'/' && int_digits > 0 && !comma && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        let mut den = 0.0f64;
        let mut j = i + 1;
        while j < b.len() && b[j].is_ascii_digit() {
            den = den * 10.0 + f64::from(b[j] - b'0');
            j += 1;
        }
        if den == 0.0 {
            return None;
        }
        value = int / den;
        slash = true;
        i = j;
    }
    if int_digits == 0 && !decimal {
        return None;
    }
    // A second separator of the same kind ("1.2.3", "1/2/2020", "10:30") is not a number.
    if i < b.len() && matches!(b[i], b'.' | b'/' | b':' | b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if !slash {
        // exact decimal value ("1.7" rather than 1.7000000000000002)
        let exact = if comma {
            let clean: String = s[..i].chars().filter(|c| *c != ',').collect();
            clean.parse::<f64>().ok()
        } else if decimal {
            s[..i].parse::<f64>().ok()
        } else {
            None // integers are exact already
        };
        if let Some(v) = exact {
            value = v;
        }
    }
    Some(Digits { value, num_len: i, comma, decimal, slash, int_digits })
}

/// A number phrase found over tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Num {
    /// Its value.
    pub value: f64,
    /// First token after it.
    pub end: usize,
    /// Began with a digit token.
    pub digits: bool,
    /// A scale word or suffix was applied ("million", "10k").
    pub scaled: Option<f64>,
    /// The digit form, when the phrase is one digit token without suffix.
    pub plain: Option<Digits>,
    /// Only the word "a"/"an" plus a scale ("a dozen", "a million").
    pub article: bool,
    /// Unconsumed letter suffix of the last digit token (e.g. "g" in "500g").
    pub suffix_at: Option<(usize, usize)>,
}

/// Options of the token number parser.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct NumOpts {
    /// Whole-string parsing: admit the loose forms ("few", "single", "nil",
    /// "one twenty two", Indian short scales).
    pub standalone: bool,
    /// Money context: "5m", "3b" are scales.
    pub money: bool,
}

/// Parses a number phrase starting at token `i`. `first` overrides the
/// text of token `i` (used when a currency prefix is glued: "USD3.14").
pub(crate) fn parse_num(t: &Toks, i: usize, first: Option<&str>, o: NumOpts) -> Option<Num> {
    if i >= t.len() {
        return None;
    }
    let raw = first.unwrap_or_else(|| t.raw(i));
    // ".77": the tokenizer splits the leading point off
    if first.is_none()
        && raw == "."
        && t.glued(i)
        && t.raw(i + 1).starts_with(|c: char| c.is_ascii_digit())
        && (i == 0 || !t.glued(i - 1) || t.raw(i - 1) == "-")
    {
        let s = format!(".{}", t.raw(i + 1));
        let mut n = parse_num_digits(t, i + 1, &s, o)?;
        if let Some((ti, off)) = n.suffix_at {
            n.suffix_at = Some((ti, off.saturating_sub(1)));
        }
        return Some(n);
    }
    let c0 = raw.chars().next()?;
    if c0.is_ascii_digit() || (c0 == '.' && raw.len() > 1) {
        return parse_num_digits(t, i, raw, o);
    }
    parse_num_words(t, i, o)
}

fn parse_num_digits(t: &Toks, i: usize, raw: &str, o: NumOpts) -> Option<Num> {
    let d = parse_digits(raw)?;
    let mut value = d.value;
    let mut scaled = None;
    let mut suffix_at = None;
    let num_text = &raw[..d.num_len];
    let suffix = &raw[d.num_len..];
    if !suffix.is_empty() {
        if suffix.chars().all(|c| c.is_ascii_alphabetic()) && !d.slash {
            if let Some(s) = scale_suffix(suffix, o.money, o.standalone) {
                value = exact_scale(num_text, value, s);
                scaled = Some(s);
            } else {
                // A unit or currency suffix ("500g", "20Rs", "43c"): leave it to the caller.
                suffix_at = Some((i, d.num_len));
            }
        } else {
            return None;
        }
    }
    let mut end = i + 1;
    if suffix_at.is_some() {
        return Some(Num { value, end, digits: true, scaled, plain: None, article: false, suffix_at });
    }
    // "1 point 1"
    if scaled.is_none() && !d.decimal && !d.slash && !d.comma && t.is(end, "point") {
        if let Some((frac, e)) = point_fraction(t, end + 1) {
            value += frac;
            end = e;
        }
    }
    // Reuters' mixed fractions: "9-1/4", "31-1/4"
    if scaled.is_none() && !d.decimal && !d.slash && !d.comma && t.dash(end) && t.glued(end - 1) && t.glued(end) {
        if let Some(f) =
            parse_digits(t.raw(end + 1)).filter(|f| f.slash && f.value < 1.0 && f.num_len == t.raw(end + 1).len())
        {
            value += f.value;
            end += 2;
        }
    }
    // "2 and a half million"
    if scaled.is_none() && !d.decimal && !d.slash {
        if let Some((h, e)) = and_a_half(t, end) {
            value += h;
            end = e;
        }
    }
    // Scale words: "2.5 million", "3 thousand millions", "2 dozens".
    let mut any_scale = false;
    while end < t.len() {
        let w = t.w(end);
        if let Some(s) = scale_word(w, o.standalone) {
            value = if scaled.is_none() && end == i + 1 { exact_scale(num_text, value, s) } else { value * s };
            scaled = Some(scaled.unwrap_or(1.0) * s);
            any_scale = true;
            end += 1;
        } else if o.money
            && scaled.is_none()
            && t.dash(end)
            && t.glued(end - 1)
            && t.glued(end)
            && matches!(t.w(end + 1), "million" | "billion" | "trillion")
        {
            // "a $5-million loan"
            let s = scale_word(t.w(end + 1), false).unwrap_or(1.0);
            value = exact_scale(num_text, value, s);
            scaled = Some(s);
            any_scale = true;
            end += 2;
        } else if matches!(w, "dozen" | "dozens") {
            value *= 12.0;
            scaled = Some(scaled.unwrap_or(1.0) * 12.0);
            any_scale = true;
            end += 1;
        } else if w == "hundred" && !any_scale && !d.decimal && d.value < 100.0 {
            value *= 100.0;
            scaled = Some(100.0);
            any_scale = true;
            end += 1;
        } else if o.money && matches!(w, "m" | "b" | "k") && t.glued(end - 1) {
            let s = match w {
                "m" => 1e6,
                "b" => 1e9,
                _ => 1e3,
            };
            value *= s;
            scaled = Some(s);
            any_scale = true;
            end += 1;
        } else {
            break;
        }
    }
    let plain = (end == i + 1 && scaled.is_none()).then_some(d);
    Some(Num { value, end, digits: true, scaled, plain, article: false, suffix_at: None })
}

/// `value * s` computed from the decimal text when `s` is a power of ten,
/// so that "67.1 mln" is exactly 67100000 rather than 67099999.99999999.
fn exact_scale(num_text: &str, value: f64, s: f64) -> f64 {
    let exp = s.log10().round();
    if (10f64.powf(exp) - s).abs() > 1e-6 || num_text.contains('/') {
        return value * s;
    }
    let clean: String = num_text.chars().filter(|c| *c != ',').collect();
    format!("{clean}e{}", exp as i32).parse::<f64>().unwrap_or(value * s)
}

/// "and a half", "and a quarter", "and three quarters" at token `i`.
fn and_a_half(t: &Toks, i: usize) -> Option<(f64, usize)> {
    if !t.is(i, "and") {
        return None;
    }
    let (num, j) = match t.w(i + 1) {
        "a" | "an" | "one" => (1.0, i + 2),
        "three" => (3.0, i + 2),
        "half" => return Some((0.5, i + 2)),
        _ => return None,
    };
    match t.w(j) {
        "half" if num == 1.0 => Some((0.5, j + 1)),
        "quarter" if num == 1.0 => Some((0.25, j + 1)),
        "third" if num == 1.0 => Some((1.0 / 3.0, j + 1)),
        "quarters" if num == 3.0 => Some((0.75, j + 1)),
        _ => None,
    }
}

/// After "point": digit token or spelled digits. Returns (fraction, end).
fn point_fraction(t: &Toks, i: usize) -> Option<(f64, usize)> {
    let r = t.raw(i);
    if !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()) {
        let v: f64 = format!("0.{r}").parse().ok()?;
        return Some((v, i + 1));
    }
    let mut frac = 0.0;
    let mut scale = 0.1;
    let mut j = i;
    while let Some(v) = unit_word(t.w(j)) {
        if v >= 10.0 {
            break;
        }
        frac += v * scale;
        scale /= 10.0;
        j += 1;
    }
    (j > i).then_some((frac, j))
}

fn parse_num_words(t: &Toks, i: usize, o: NumOpts) -> Option<Num> {
    let w0 = t.w(i);
    let mut j = i;
    let mut article = false;
    // "a dozen", "a hundred", "a million", "a couple", "a pair", "a few".
    if matches!(w0, "a" | "an") {
        let w1 = t.w(i + 1);
        if matches!(w1, "dozen" | "hundred" | "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore") {
            article = true;
            j = i + 1;
        } else if o.standalone && matches!(w1, "couple" | "pair") {
            let mut end = i + 2;
            if t.is(end, "of") && end + 1 == t.len() {
                end += 1;
            }
            return Some(Num {
                value: 2.0,
                end,
                digits: false,
                scaled: None,
                plain: None,
                article: true,
                suffix_at: None,
            });
        } else if o.standalone && w1 == "few" {
            return Some(Num {
                value: 3.0,
                end: i + 2,
                digits: false,
                scaled: None,
                plain: None,
                article: true,
                suffix_at: None,
            });
        } else {
            return None;
        }
    }
    if o.standalone {
        match w0 {
            "few" => {
                return Some(Num {
                    value: 3.0,
                    end: i + 1,
                    digits: false,
                    scaled: None,
                    plain: None,
                    article: false,
                    suffix_at: None,
                })
            }
            "single" => {
                return Some(Num {
                    value: 1.0,
                    end: i + 1,
                    digits: false,
                    scaled: None,
                    plain: None,
                    article: false,
                    suffix_at: None,
                })
            }
            "nil" => {
                return Some(Num {
                    value: 0.0,
                    end: i + 1,
                    digits: false,
                    scaled: None,
                    plain: None,
                    article: false,
                    suffix_at: None,
                })
            }
            "point" => {
                let (f, e) = point_fraction(t, i + 1)?;
                return Some(Num {
                    value: f,
                    end: e,
                    digits: false,
                    scaled: None,
                    plain: None,
                    article: false,
                    suffix_at: None,
                });
            }
            _ => {}
        }
    }
    #[derive(PartialEq, Clone, Copy)]
    enum Last {
        None,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
    }
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut last = if article { Last::Unit } else { Last::None };
    if article {
        current = 1.0;
    }
    let mut last_scale = f64::INFINITY;
    let mut scaled: Option<f64> = None;
    let mut end = j;
    let mut k = j;
    let mut concat_used = false;
    while k < t.len() {
        let w = t.w(k);
        if let Some(v) = unit_word(w) {
            let teen = v >= 10.0;
            match last {
                Last::None | Last::Hundred | Last::Scale => current += v,
                Last::Tens if !teen && v > 0.0 => current += v,
                _ => break,
            }
            last = if teen { Last::Teen } else { Last::Unit };
            end = k + 1;
            k += 1;
        } else if let Some(v) = tens_word(w) {
            match last {
                Last::None | Last::Hundred | Last::Scale => current += v,
                // "one twenty two" = 122 (whole-string only)
                Last::Unit | Last::Teen
                    if o.standalone && !concat_used && total == 0.0 && current > 0.0 && current < 100.0 =>
                {
                    current = current * 100.0 + v;
                    concat_used = true;
                }
                _ => break,
            }
            last = Last::Tens;
            end = k + 1;
            k += 1;
            // "twenty-one": hyphen or dash between tens and unit
            if k + 1 < t.len()
                && t.dash(k)
                && t.glued(k - 1)
                && t.glued(k)
                && unit_word(t.w(k + 1)).is_some_and(|u| u > 0.0 && u < 10.0)
            {
                k += 1;
            }
        } else if w == "hundred" {
            if matches!(last, Last::None | Last::Hundred) {
                break;
            }
            current = if current == 0.0 { 1.0 } else { current } * 100.0;
            last = Last::Hundred;
            end = k + 1;
            k += 1;
        } else if let Some(s) = scale_word(w, o.standalone) {
            if last == Last::None {
                break;
            }
            if current == 0.0 && total > 0.0 && s > last_scale {
                total *= s; // "three thousand millions"
            } else if s >= last_scale && current > 0.0 && total > 0.0 {
                total = (total + current) * s; // unusual order
                current = 0.0;
            } else {
                total += if current == 0.0 { 1.0 } else { current } * s;
                current = 0.0;
            }
            last_scale = last_scale.min(s);
            scaled = Some(scaled.map_or(s, |x: f64| x.max(s)));
            last = Last::Scale;
            end = k + 1;
            k += 1;
        } else if matches!(w, "dozen" | "dozens") && last != Last::None {
            current = if current == 0.0 { 1.0 } else { current } * 12.0;
            scaled = Some(12.0);
            last = Last::Hundred;
            end = k + 1;
            k += 1;
        } else if w == "and"
            && matches!(last, Last::Hundred | Last::Scale)
            && (unit_word(t.w(k + 1)).is_some() || tens_word(t.w(k + 1)).is_some())
        {
            k += 1;
        } else if w == "and" && matches!(last, Last::Unit | Last::Teen | Last::Tens) && and_a_half(t, k).is_some() {
            if let Some((h, e)) = and_a_half(t, k) {
                current += h;
                end = e;
                k = e;
                last = Last::Hundred; // a scale may follow: "two and a half million"
            }
        } else if w == "point" && matches!(last, Last::Unit | Last::Teen | Last::Tens) && total == 0.0 {
            match point_fraction(t, k + 1) {
                Some((f, e)) => {
                    current += f;
                    end = e;
                    k = e;
                    last = Last::Hundred; // allow a following scale
                }
                None => break,
            }
        } else {
            break;
        }
    }
    if last == Last::None || end <= j || (article && end == j) {
        return None;
    }
    let value = total + current;
    Some(Num { value, end, digits: false, scaled, plain: None, article: article && end == j + 1, suffix_at: None })
}

/// Parses a whole string as a number: digits with separators ("1,200",
/// "-3.5", ".77"), words ("seventy-five", "two hundred thousand and
/// twelve", "a dozen"), mixed ("2.5 million", "1.2 mln", "100k") and
/// slash fractions ("3/4"). Returns `None` unless the whole string (minus
/// surrounding spaces) is one number.
///
/// ```
/// use dateline_amounts::parse_number;
/// assert_eq!(parse_number("seventy-five"), Some(75.0));
/// assert_eq!(parse_number("2.5 million"), Some(2.5e6));
/// assert_eq!(parse_number("1.2 mln"), Some(1.2e6));
/// assert_eq!(parse_number("a dozen"), Some(12.0));
/// assert_eq!(parse_number("two hundred thousand"), Some(2e5));
/// assert_eq!(parse_number("1,200"), Some(1200.0));
/// assert_eq!(parse_number("ten apples"), None);
/// ```
pub fn parse_number(words: &str) -> Option<f64> {
    let s = words.trim();
    if s.is_empty() || s.len() > 1000 {
        return None;
    }
    // "forty-five (45)", "45 (forty five)": a number restated in parentheses.
    if let (Some(open), true) = (s.find('('), s.ends_with(')')) {
        let a = parse_number(&s[..open])?;
        let b = parse_number(&s[open + 1..s.len() - 1])?;
        return ((a - b).abs() < 1e-9).then_some(a);
    }
    let lower = s.to_ascii_lowercase();
    let spans = tokenize(s);
    let t = Toks { text: s, lower: &lower, spans: &spans };
    let mut i = 0;
    let mut sign = 1.0;
    if t.is_any(0, &["minus", "negative"]) || t.raw(0) == "-" {
        sign = -1.0;
        i = 1;
    }
    let o = NumOpts { standalone: true, money: false };
    let n = parse_num(&t, i, None, o)?;
    if n.suffix_at.is_some() {
        return None;
    }
    let mut end = n.end;
    if t.is(end, "of") && end + 1 == t.len() && (n.article || !n.digits) {
        end += 1; // "a dozen of"
    }
    (end == t.len()).then_some(sign * n.value)
}

/// Parses a whole string as an ordinal: "first", "21st", "twenty-fifth",
/// "twenty fifth", "twentyfifth", "ninetieth".
///
/// ```
/// use dateline_amounts::parse_ordinal;
/// assert_eq!(parse_ordinal("twenty-fifth"), Some(25));
/// assert_eq!(parse_ordinal("73rd"), Some(73));
/// assert_eq!(parse_ordinal("seventy"), None);
/// ```
pub fn parse_ordinal(words: &str) -> Option<u64> {
    let s = words.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let spans = tokenize(s);
    let t = Toks { text: s, lower: &lower, spans: &spans };
    let (v, end) = ordinal_at(&t, 0)?;
    (end == t.len()).then_some(v as u64)
}

/// An ordinal starting at token `i`: returns its value and the next token.
pub(crate) fn ordinal_at(t: &Toks, i: usize) -> Option<(f64, usize)> {
    let w = t.w(i);
    if let Some(v) = ordinal_digits(w) {
        return Some((v, i + 1));
    }
    if let Some(v) = ordinal_compound(w) {
        return Some((v, i + 1));
    }
    if let Some(tv) = tens_word(w) {
        // "twenty-fifth", "twenty—fifth", "twenty fifth"
        let mut j = i + 1;
        if t.dash(j) && t.glued(i) && t.glued(j) {
            j += 1;
        }
        if let Some(o) = ordinal_word(t.w(j)) {
            if o < 10.0 {
                return Some((tv + o, j + 1));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_forms() {
        assert_eq!(parse_number("1,200,000"), Some(1.2e6));
        assert_eq!(parse_number("0033"), Some(33.0));
        assert_eq!(parse_number(".77"), Some(0.77));
        assert_eq!(parse_number("100K"), Some(1e5));
        assert_eq!(parse_number("3/15"), Some(0.2));
        assert_eq!(parse_number("-1.2M"), Some(-1.2e6));
        assert_eq!(parse_number("10:30"), None);
        assert_eq!(parse_number("2025-03-11"), None);
    }

    #[test]
    fn word_forms() {
        assert_eq!(parse_number("twenty-one thousand Eleven"), Some(21011.0));
        assert_eq!(parse_number("seven hundred twenty-one thousand and twelve"), Some(721012.0));
        assert_eq!(
            parse_number("thirty-one million two hundred fifty-six thousand seven hundred twenty-one"),
            Some(31256721.0)
        );
        assert_eq!(
            parse_number("three crore twelve lakh fifty-six thousand seven hundred twenty-one"),
            Some(31256721.0)
        );
        assert_eq!(parse_number("two point two million"), Some(2.2e6));
        assert_eq!(parse_number("three thousand millions"), Some(3e9));
        assert_eq!(parse_number("two hundred dozens"), Some(2400.0));
        assert_eq!(parse_number("one twenty two"), Some(122.0));
        assert_eq!(parse_number("negative five hundred and four"), Some(-504.0));
        assert_eq!(parse_number("forty-five (45)"), Some(45.0));
        assert_eq!(parse_number("hundred"), None);
        assert_eq!(parse_number("and"), None);
    }

    #[test]
    fn ordinals() {
        assert_eq!(parse_ordinal("first"), Some(1));
        assert_eq!(parse_ordinal("thirtyfirst"), Some(31));
        assert_eq!(parse_ordinal("forty second"), Some(42));
        assert_eq!(parse_ordinal("22nd"), Some(22));
        assert_eq!(parse_ordinal("22th"), None);
    }
}

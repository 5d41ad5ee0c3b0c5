//! Windowing of long texts; the Python side (`scripts/nn/windowing.py`, used
//! by the fixtures, the measurements and training) must do exactly the same.
//!
//! A text of `n` wordpieces is cut into windows of at most [`WINDOW`] pieces
//! (plus `[CLS]` and `[SEP]` = 256 positions). Window `k` starts at piece
//! `STRIDE * k`; windows are made until one reaches the end (one window when
//! `n <= WINDOW`). Each piece takes its logits from the window in which it is
//! most central: the one maximizing `min(i - start, end - 1 - i)` among the
//! windows containing it, ties going to the earlier window.

use std::ops::Range;

/// Most wordpieces in one window (without `[CLS]`/`[SEP]`).
pub const WINDOW: usize = 254;
/// Distance between the starts of consecutive windows.
pub const STRIDE: usize = 192;

/// The windows over `n` pieces (empty for `n == 0`).
pub fn windows(n: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if n == 0 {
        return out;
    }
    let mut start = 0;
    loop {
        let end = (start + WINDOW).min(n);
        out.push(start..end);
        if end == n {
            return out;
        }
        start += STRIDE;
    }
}

/// Index into `windows` of the window piece `i` takes its logits from, or
/// `None` if no window contains `i`.
pub fn best_window(windows: &[Range<usize>], i: usize) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (k, w) in windows.iter().enumerate() {
        if !w.contains(&i) {
            continue;
        }
        let score = (i - w.start).min(w.end - 1 - i);
        match best {
            Some((_, s)) if s >= score => {}
            _ => best = Some((k, score)),
        }
    }
    best.map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_have_one_window() {
        assert!(windows(0).is_empty());
        assert_eq!(windows(1), vec![0..1]);
        assert_eq!(windows(254), vec![0..254]);
    }

    #[test]
    fn long_texts_step_by_192_until_the_end() {
        assert_eq!(windows(255), vec![0..254, 192..255]);
        assert_eq!(windows(446), vec![0..254, 192..446]);
        assert_eq!(windows(447), vec![0..254, 192..446, 384..447]);
        assert_eq!(windows(1000), vec![0..254, 192..446, 384..638, 576..830, 768..1000]);
    }

    #[test]
    fn best_window_is_the_most_central_earliest_on_ties() {
        let w = windows(500); // 0..254, 192..446, 384..500
        assert_eq!(best_window(&w, 0), Some(0));
        assert_eq!(best_window(&w, 191), Some(0));
        // 222: min(222, 31)=31 in w0; min(30, 223)=30 in w1 -> w0.
        assert_eq!(best_window(&w, 222), Some(0));
        // 223: min(223, 30)=30 in w0; min(31, 222)=31 in w1 -> w1.
        assert_eq!(best_window(&w, 223), Some(1));
        assert_eq!(best_window(&w, 499), Some(2));
        assert_eq!(best_window(&w, 500), None);
        // A tie: 0..254 and 192..255 at i = 223: min(223,30)=30 vs min(31,31)=31.
        let w = windows(255);
        assert_eq!(best_window(&w, 222), Some(0)); // 31 vs 30
        assert_eq!(best_window(&w, 254), Some(1));
        // Exact tie: windows 0..254 and 192..446, i where both scores equal.
        let w = windows(446);
        let tie = (192..254).find(|&i| (i.min(253 - i)) == ((i - 192).min(445 - i)));
        if let Some(i) = tie {
            assert_eq!(best_window(&w, i), Some(0));
        }
    }

    #[test]
    fn every_piece_has_a_window() {
        for n in [1, 100, 254, 255, 300, 446, 447, 1234] {
            let w = windows(n);
            assert_eq!(w.last().map(|r| r.end), Some(n));
            for i in 0..n {
                assert!(best_window(&w, i).is_some());
            }
        }
    }
}

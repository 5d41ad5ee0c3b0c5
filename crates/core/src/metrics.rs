//! Precision, recall and F1 from counts: the one score type every layer's
//! evaluation reports (entities on CoNLL-2003, times on TimeBank, quotes on
//! PolNeAR).
//!
//! ```
//! use dateline_core::Prf;
//! let p = Prf { correct: 8, predicted: 10, gold: 16 };
//! assert_eq!(p.precision(), 0.8);
//! assert_eq!(p.recall(), 0.5);
//! assert_eq!(p.to_string(), "P 0.800 R 0.500 F1 0.615 (8/10 predicted, 16 gold)");
//! ```

use std::fmt;

/// Counts of one evaluation: correct items, predicted items, gold items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Prf {
    /// Predictions that match a gold item.
    pub correct: usize,
    /// Items the system produced.
    pub predicted: usize,
    /// Items in the gold standard.
    pub gold: usize,
}

impl Prf {
    /// Precision (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// Recall (0 when the gold is empty).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// Harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl fmt::Display for Prf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3} R {:.3} F1 {:.3} ({}/{} predicted, {} gold)",
            self.precision(),
            self.recall(),
            self.f1(),
            self.correct,
            self.predicted,
            self.gold
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_counts_score_zero() {
        let p = Prf::default();
        assert_eq!((p.precision(), p.recall(), p.f1()), (0.0, 0.0, 0.0));
        let q = Prf { correct: 0, predicted: 3, gold: 4 };
        assert_eq!(q.f1(), 0.0);
    }

    #[test]
    fn f1_is_the_harmonic_mean() {
        let p = Prf { correct: 8, predicted: 10, gold: 16 };
        assert!((p.f1() - 2.0 * 0.8 * 0.5 / 1.3).abs() < 1e-12);
    }
}

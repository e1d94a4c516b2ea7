//! Numbers as they are written into reasons and power workings: the same text as `{}` and `{:.N}`,
//! without the general float formatter on the common path. Ranking 10,000 patients writes some
//! 100,000 numbers, and the general formatter (its exact mode falls back to big-number arithmetic)
//! was a sixth of that time (perf, #10). Anything unusual — a tie that `{:.N}` rounds to even,
//! negatives, zero, huge values — goes through the general formatter, so the text never differs.

use std::fmt;

/// `{}` of an `f64`: whole numbers written as integers (「24時間」「30W」).
#[derive(Clone, Copy)]
pub struct Plain(pub f64);

/// `{:.D}` of an `f64` for D = 0 or 1 (「2.5時間」「80%」).
#[derive(Clone, Copy)]
pub struct Fixed<const D: u32>(pub f64);

/// Beyond this, or near a rounding tie, the general formatter decides.
const FAST_LIMIT: f64 = 1e12;
const TIE_MARGIN: f64 = 1e-6;

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        if !(v > 0.0 && v < FAST_LIMIT) {
            return write!(f, "{v}");
        }
        if v.fract() == 0.0 {
            return write!(f, "{}", v as u64);
        }
        // One decimal (0.8, 2.5): when the double nearest to k/10 is v itself, k/10 is v's shortest
        // form — a neighbour of it one unit off in the last place is not, and takes the slow path.
        let tenths = (v * 10.0).round();
        if tenths / 10.0 == v {
            let k = tenths as u64;
            return write!(f, "{}.{}", k / 10, k % 10);
        }
        write!(f, "{v}")
    }
}

impl<const D: u32> fmt::Display for Fixed<D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        let scaled = v * f64::from(10u32.pow(D));
        let near_tie = ((scaled - scaled.trunc()) - 0.5).abs() < TIE_MARGIN;
        if !(v > 0.0 && scaled < FAST_LIMIT) || near_tie || D > 1 {
            return write!(f, "{v:.prec$}", prec = D as usize);
        }
        let n = scaled.round() as u64;
        match D {
            0 => write!(f, "{n}"),
            _ => write!(f, "{}.{}", n / 10, n % 10),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values a register produces (quarters and tenths of hours, percentages, draws) and the cases
    /// the fast path must hand over: ties, values just off a tie, zero, negatives, huge, NaN.
    fn samples() -> Vec<f64> {
        let mut v = vec![
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            0.35,
            0.45,
            1.25,
            2.25,
            2.5,
            2.45,
            2.55,
            9.95,
            9.96,
            99.95,
            0.049999,
            0.0500001,
            24.0,
            30.0,
            120.0,
            0.8,
            0.85,
            1.0 / 3.0,
            2.0 / 3.0,
            -1.5,
            -0.04,
            1e13,
            1e300,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        // A deterministic sweep: every hundredth up to 100 and a multiplicative walk beyond.
        v.extend((0..10_000).map(|i| f64::from(i) / 100.0));
        let mut x = 0.000_123_f64;
        while x < 1e14 {
            v.push(x);
            x *= 1.013_7;
        }
        v.extend((0..2_000).map(|i| f64::from(i) * 0.1 * 3.7 / 1.3));
        // Every tenth and its neighbours one unit in the last place away.
        for k in 0..5_000 {
            let t = f64::from(k) / 10.0;
            v.extend([t, f64::from_bits(t.to_bits() + 1), f64::from_bits(t.to_bits().saturating_sub(1))]);
        }
        v
    }

    #[test]
    fn plain_is_exactly_display() {
        for v in samples() {
            assert_eq!(Plain(v).to_string(), format!("{v}"), "{v:e}");
        }
    }

    #[test]
    fn fixed_is_exactly_precision_formatting() {
        for v in samples() {
            assert_eq!(Fixed::<0>(v).to_string(), format!("{v:.0}"), "{v:e}");
            assert_eq!(Fixed::<1>(v).to_string(), format!("{v:.1}"), "{v:e}");
        }
    }
}

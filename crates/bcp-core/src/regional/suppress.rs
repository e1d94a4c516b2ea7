//! 小さな数の秘匿: counts of patients shared beyond the organisation hide cells of 1–4 (a small count in
//! a small town can point at a person), and hide more cells where a total would let someone work a
//! hidden one out (secondary suppression). The threshold is a default of ours, common in Japanese
//! public statistics practice; it is not a rule for this data.

/// Cells from 1 to this many are hidden.
pub const MAX_HIDDEN: u32 = 4;

/// `groups`: sets of cell indexes whose total is shown (e.g. one municipality's cells). Returns which
/// cells to hide: every 1–4, then, in any group with exactly one hidden cell, the smallest other
/// non-zero cell too, repeated until no group has exactly one.
pub fn hidden(values: &[u32], groups: &[Vec<usize>]) -> Vec<bool> {
    let mut hide: Vec<bool> = values.iter().map(|v| (1..=MAX_HIDDEN).contains(v)).collect();
    loop {
        let mut changed = false;
        for group in groups {
            let hidden_here = group.iter().filter(|i| hide[**i]).count();
            if hidden_here != 1 {
                continue;
            }
            let next = group
                .iter()
                .copied()
                .filter(|i| !hide[*i] && values[*i] > 0)
                .min_by_key(|i| (values[*i], *i));
            if let Some(i) = next {
                hide[i] = true;
                changed = true;
            }
        }
        if !changed {
            return hide;
        }
    }
}

/// Whether each group's total must be hidden as well: when it is 1–4 itself, or when exactly one of its
/// cells is hidden (the total minus the shown cells would give that cell away).
pub fn hidden_totals(values: &[u32], groups: &[Vec<usize>], hide: &[bool]) -> Vec<bool> {
    groups
        .iter()
        .map(|g| {
            let total: u32 = g.iter().map(|i| values[*i]).sum();
            (1..=MAX_HIDDEN).contains(&total) || g.iter().filter(|i| hide[**i]).count() == 1
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    type Case<'a> = (&'a [u32], &'a [&'a [usize]], &'a [bool]);

    #[test]
    fn small_cells_and_the_cells_that_would_reveal_them_are_hidden() {
        let cases: &[Case] = &[
            // nothing small
            (&[0, 5, 12], &[&[0, 1, 2]], &[false, false, false]),
            // one small cell: the next smallest non-zero goes too, zeros stay
            (&[0, 3, 12, 7], &[&[0, 1, 2, 3]], &[false, true, false, true]),
            // two small cells: enough on their own
            (&[2, 3, 12], &[&[0, 1, 2]], &[true, true, false]),
            // a lone small cell with nothing else to hide stays the only one (its total must be hidden by the caller)
            (&[3, 0], &[&[0, 1]], &[true, false]),
            // secondary suppression cascades across groups (rows 0-1, columns 0-2 and 1-3)
            (&[3, 10, 20, 30], &[&[0, 1], &[2, 3], &[0, 2], &[1, 3]], &[true, true, true, true]),
        ];
        for (values, groups, expected) in cases {
            let groups: Vec<Vec<usize>> = groups.iter().map(|g| g.to_vec()).collect();
            assert_eq!(hidden(values, &groups), *expected, "{values:?}");
        }
    }
}

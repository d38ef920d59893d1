//! Pure consensus math, with no storage access: quartiles, the interquartile filter and the
//! reward split. Integer arithmetic only.
//!
//! ## Quartile method ("median of halves", Tukey's hinges without the median)
//! For `n` scores sorted ascending, `x[0..n)`:
//! - the lower half is `x[0 .. n/2)`, the upper half is `x[(n+1)/2 .. n)` (for odd `n` the
//!   middle element belongs to neither half);
//! - `Q1` is the median of the lower half and `Q3` the median of the upper half, where the
//!   median of an even-sized set is the mean of its two middle elements.
//!
//! Medians can be halves, so the code works in half units (`2·Q1`, `2·Q3`) and the fences in
//! quarter units: `4·(Q1 − 1.5·IQR) = 2·(2Q1) − 3·(2Q3 − 2Q1)` and
//! `4·(Q3 + 1.5·IQR) = 2·(2Q3) + 3·(2Q3 − 2Q1)`. The fences are then rounded outwards (the lower
//! one down, the upper one up), and a score is kept iff `lower ≤ score ≤ upper`.
//!
//! With fewer than 4 scores no filtering is done. With 4 or more, `Q1 ≤ x[n/2] ≤ Q3` lies
//! inside the fences, so the kept set is never empty.

/// Scores are integers in `1..=MAX_SCORE`.
pub const MAX_SCORE: u16 = 10_000;

/// The first and third quartiles of sorted `scores`, in half units (`2·Q1`, `2·Q3`), or
/// `None` for fewer than 4 scores.
pub fn quartiles_x2(sorted: &[u16]) -> Option<(u64, u64)> {
	let n = sorted.len();
	if n < 4 {
		return None;
	}
	let lower = sorted.get(..n / 2)?;
	let upper = sorted.get(n.div_ceil(2)..)?;
	Some((median_x2(lower)?, median_x2(upper)?))
}

/// Twice the median of a non-empty sorted slice.
fn median_x2(sorted: &[u16]) -> Option<u64> {
	let n = sorted.len();
	if n == 0 {
		return None;
	}
	let high = u64::from(*sorted.get(n / 2)?);
	let low = if n.is_multiple_of(2) { u64::from(*sorted.get(n / 2 - 1)?) } else { high };
	Some(low.saturating_add(high))
}

/// The inclusive interquartile fences `(lower, upper)` of sorted `scores`, rounded outwards,
/// or `None` for fewer than 4 scores (no filtering).
pub fn fences(sorted: &[u16]) -> Option<(i64, i64)> {
	let (q1_x2, q3_x2) = quartiles_x2(sorted)?;
	// Scores are u16, so every quantity fits in i64 with room to spare.
	let (q1_x2, q3_x2) = (q1_x2 as i64, q3_x2 as i64);
	let iqr_x2 = q3_x2.saturating_sub(q1_x2);
	let lower_x4 = q1_x2.saturating_mul(2).saturating_sub(iqr_x2.saturating_mul(3));
	let upper_x4 = q3_x2.saturating_mul(2).saturating_add(iqr_x2.saturating_mul(3));
	Some((lower_x4.div_euclid(4), ceil_div4(upper_x4)))
}

fn ceil_div4(x: i64) -> i64 {
	let q = x.div_euclid(4);
	if x.rem_euclid(4) == 0 {
		q
	} else {
		q.saturating_add(1)
	}
}

/// The integer (floor) average of the scores that pass the interquartile filter, or `None`
/// when there are no scores. Sorts `scores` in place (the caller's reusable column buffer).
pub fn consensus_score(scores: &mut [u16]) -> Option<u16> {
	if scores.is_empty() {
		return None;
	}
	scores.sort_unstable();
	let fences = fences(scores);
	let kept = |s: &&u16| match fences {
		Some((lower, upper)) => (lower..=upper).contains(&i64::from(**s)),
		None => true,
	};
	let (sum, count) = scores.iter().filter(kept).fold((0u64, 0u64), |(sum, count), s| {
		(sum.saturating_add(u64::from(*s)), count.saturating_add(1))
	});
	if count == 0 {
		// Unreachable by the argument in the module docs; keep everything rather than fail.
		let sum = scores.iter().fold(0u64, |acc, s| acc.saturating_add(u64::from(*s)));
		return u16::try_from(sum / scores.len() as u64).ok();
	}
	u16::try_from(sum / count).ok()
}

/// Whether `score` deviates from `consensus` by more than `max_delta_percent` percent of
/// `consensus`. An exact match never deviates, whatever the values.
pub fn deviates(score: u16, consensus: u16, max_delta_percent: u32) -> bool {
	let delta = u64::from(score.abs_diff(consensus));
	// delta / consensus > p / 100  ⟺  100·delta > p·consensus (no division, no rounding).
	delta.saturating_mul(100) > u64::from(max_delta_percent).saturating_mul(u64::from(consensus))
}

/// Splits `total` among `weights` in proportion to them (floor), returning each share.
/// The shares never add up to more than `total`; what rounding leaves over is not paid.
pub fn split_reward(total: u128, weights: &[u16]) -> alloc::vec::Vec<u128> {
	let sum = weights.iter().fold(0u128, |acc, w| acc.saturating_add(u128::from(*w)));
	weights
		.iter()
		.map(|w| {
			let w = u128::from(*w);
			// total·w fits in u128 unless total is near u128::MAX; fall back to the
			// division-first form then (slightly less precise, never more).
			match total.checked_mul(w) {
				Some(product) => product.checked_div(sum),
				None => total.checked_div(sum).map(|per_unit| per_unit.saturating_mul(w)),
			}
			.unwrap_or(0)
		})
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn small_sets_are_not_filtered() {
		for n in 0..4usize {
			let mut scores: alloc::vec::Vec<u16> = (0..n as u16).map(|i| 1 + i * 3000).collect();
			assert_eq!(fences(&scores), None);
			let sum: u32 = scores.iter().map(|s| u32::from(*s)).sum();
			let expected = if n == 0 { None } else { Some((sum / n as u32) as u16) };
			assert_eq!(consensus_score(&mut scores), expected);
		}
	}

	#[test]
	fn quartiles_for_every_n_from_4_to_8() {
		// x = 1..=n: hand-computed quartiles (in half units).
		let cases: [(u32, u64, u64); 5] = [
			(4, 3, 7),  // lower [1,2] -> 1.5, upper [3,4] -> 3.5
			(5, 3, 9),  // lower [1,2] -> 1.5, upper [4,5] -> 4.5
			(6, 4, 10), // lower [1,2,3] -> 2, upper [4,5,6] -> 5
			(7, 4, 12), // lower [1,2,3] -> 2, upper [5,6,7] -> 6
			(8, 5, 13), // lower [1,2,3,4] -> 2.5, upper [5,6,7,8] -> 6.5
		];
		for (n, q1, q3) in cases {
			let scores: alloc::vec::Vec<u16> = (1..=n as u16).collect();
			assert_eq!(quartiles_x2(&scores), Some((q1, q3)), "n = {n}");
		}
	}

	#[test]
	fn fences_round_outwards() {
		// [1,2,3,4]: Q1 = 1.5, Q3 = 3.5, IQR = 2: fences -1.5 and 6.5 -> -2 and 7.
		assert_eq!(fences(&[1, 2, 3, 4]), Some((-2, 7)));
		// Equal values: IQR = 0, the fences are the value itself.
		assert_eq!(fences(&[5, 5, 5, 5, 5]), Some((5, 5)));
	}

	#[test]
	fn outlier_is_dropped_from_the_average() {
		let mut scores = [100, 102, 98, 101, 9_000];
		// Sorted [98,100,101,102,9000]: Q1 = 99, Q3 = 4551: 9000 is inside the fences.
		// Quartiles of 5 values are coarse; with 8 values the outlier is caught:
		assert_eq!(consensus_score(&mut scores), Some((98 + 100 + 101 + 102 + 9_000) / 5));
		let mut scores = [100, 102, 98, 101, 99, 100, 103, 9_000];
		// Q1 = 99.5, Q3 = 102.5, IQR = 3: fences 95 and 107.
		assert_eq!(consensus_score(&mut scores), Some((100 + 102 + 98 + 101 + 99 + 100 + 103) / 7));
	}

	#[test]
	fn equal_and_distinct_values_for_n_0_to_8() {
		for n in 0..=8u16 {
			let mut equal = alloc::vec![42u16; n as usize];
			assert_eq!(consensus_score(&mut equal), if n == 0 { None } else { Some(42) });
			let mut distinct: alloc::vec::Vec<u16> = (1..=n).map(|i| i * 1000).collect();
			let got = consensus_score(&mut distinct);
			// Evenly spread values have no outliers: the plain average.
			let sum = (1..=n).map(|i| i * 1000).sum::<u16>();
			assert_eq!(got, sum.checked_div(n));
		}
	}

	#[test]
	fn deviation_rule() {
		assert!(!deviates(100, 100, 0));
		assert!(!deviates(1, 1, 0), "an exact match is never penalised, even for small scores");
		assert!(!deviates(110, 100, 10));
		assert!(deviates(111, 100, 10));
		assert!(deviates(89, 100, 10));
		assert!(deviates(2, 1, 50));
	}

	#[test]
	fn reward_split_is_proportional_and_never_overpays() {
		assert_eq!(split_reward(100, &[1, 1, 2]), alloc::vec![25, 25, 50]);
		assert_eq!(split_reward(10, &[1, 1, 1]), alloc::vec![3, 3, 3]);
		assert_eq!(split_reward(10, &[]), alloc::vec::Vec::<u128>::new());
		assert_eq!(split_reward(10, &[0, 0]), alloc::vec![0, 0]);
		// Near u128::MAX the division comes first; the shares still never exceed the total.
		let shares = split_reward(u128::MAX, &[10_000, 1]);
		let paid = shares.iter().try_fold(0u128, |a, s| a.checked_add(*s));
		assert!(paid.is_some());
		assert_eq!(shares[1], u128::MAX / 10_001);
	}
}

//! The crate's one stable sort against the standard library's, on random input.

use layerlab::sort;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Same order as `slice::sort_by`, including the order of equal elements.
    #[test]
    fn sort_by_matches_std(v in prop::collection::vec((0u8..8, any::<u16>()), 0..300)) {
        let mut ours = v.clone();
        let mut std_sorted = v.clone();
        sort::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        std_sorted.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, std_sorted);
    }

    #[test]
    fn sort_by_key_matches_std(v in prop::collection::vec(".{0,4}", 0..100)) {
        let mut ours = v.clone();
        let mut std_sorted = v.clone();
        sort::sort_by_key(&mut ours, |s| s.chars().count());
        std_sorted.sort_by_key(|s| s.chars().count());
        prop_assert_eq!(ours, std_sorted);
    }

    #[test]
    fn sort_matches_std(v in prop::collection::vec(any::<i32>(), 0..500)) {
        let mut ours = v.clone();
        let mut std_sorted = v;
        sort::sort(&mut ours);
        std_sorted.sort();
        prop_assert_eq!(ours, std_sorted);
    }
}

#[test]
fn reverse_and_sorted_input() {
    let mut up: Vec<u32> = (0..1000).collect();
    let mut down: Vec<u32> = (0..1000).rev().collect();
    sort::sort(&mut up);
    sort::sort(&mut down);
    assert_eq!(up, down);
    assert!(up.windows(2).all(|w| w[0] < w[1]));
}

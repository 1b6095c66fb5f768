//! The crate's sorted-vector map and set against the standard library's B-trees, on random
//! sequences of operations.

use layerlab::map::{Entry, Map, Set};
use proptest::prelude::*;
use std::collections::{btree_map, BTreeMap, BTreeSet};

#[derive(Debug, Clone)]
enum Op {
    Insert(u8, u16),
    Remove(u8),
    Entry(u8, u16),
    Retain(u8),
    Pop(bool),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<u8>(), any::<u16>()).prop_map(|(k, v)| Op::Insert(k, v)),
        any::<u8>().prop_map(Op::Remove),
        (any::<u8>(), any::<u16>()).prop_map(|(k, v)| Op::Entry(k, v)),
        (1u8..5).prop_map(Op::Retain),
        any::<bool>().prop_map(Op::Pop),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Every operation returns what the B-tree's returns, and the entries stay the same.
    #[test]
    fn map_matches_btreemap(ops in prop::collection::vec(op(), 0..200)) {
        let mut ours: Map<u8, u16> = Map::new();
        let mut std_map: BTreeMap<u8, u16> = BTreeMap::new();
        for op in ops {
            match op {
                Op::Insert(k, v) => prop_assert_eq!(ours.insert(k, v), std_map.insert(k, v)),
                Op::Remove(k) => prop_assert_eq!(ours.remove(&k), std_map.remove(&k)),
                Op::Entry(k, v) => {
                    let vacant = matches!(ours.entry(k), Entry::Vacant(_));
                    prop_assert_eq!(vacant, matches!(std_map.entry(k), btree_map::Entry::Vacant(_)));
                    let a = ours.entry(k).or_insert(v);
                    *a = a.wrapping_add(1);
                    let b = std_map.entry(k).or_insert(v);
                    *b = b.wrapping_add(1);
                }
                Op::Retain(m) => {
                    ours.retain(|k, _| k % m != 0);
                    std_map.retain(|k, _| k % m != 0);
                }
                Op::Pop(first) => if first {
                    prop_assert_eq!(ours.pop_first(), std_map.pop_first());
                } else {
                    prop_assert_eq!(ours.pop_last(), std_map.pop_last());
                },
            }
            prop_assert_eq!(ours.len(), std_map.len());
        }
        let a: Vec<_> = ours.iter().collect();
        let b: Vec<_> = std_map.iter().collect();
        prop_assert_eq!(&a, &b);
        let a: Vec<_> = ours.iter().rev().collect();
        let b: Vec<_> = std_map.iter().rev().collect();
        prop_assert_eq!(a, b);
        prop_assert_eq!(format!("{ours:?}"), format!("{std_map:?}"));
        for k in 0..=255u8 {
            prop_assert_eq!(ours.get(&k), std_map.get(&k));
        }
    }

    /// `collect` sorts once, and of equal keys the last wins, as with the B-tree.
    #[test]
    fn collect_matches_btreemap(v in prop::collection::vec((0u8..32, any::<u16>()), 0..200)) {
        let ours: Map<u8, u16> = v.iter().copied().collect();
        let std_map: BTreeMap<u8, u16> = v.iter().copied().collect();
        prop_assert_eq!(ours.into_iter().collect::<Vec<_>>(), std_map.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn set_matches_btreeset(v in prop::collection::vec((any::<bool>(), 0u8..64), 0..200)) {
        let mut ours = Set::new();
        let mut std_set = BTreeSet::new();
        for (add, x) in v {
            if add {
                prop_assert_eq!(ours.insert(x), std_set.insert(x));
            } else {
                prop_assert_eq!(ours.remove(&x), std_set.remove(&x));
            }
        }
        prop_assert_eq!(ours.iter().collect::<Vec<_>>(), std_set.iter().collect::<Vec<_>>());
        prop_assert_eq!(ours.first(), std_set.first());
        prop_assert_eq!(ours.last(), std_set.last());
        prop_assert_eq!(format!("{ours:?}"), format!("{std_set:?}"));
    }
}

#[test]
fn serde_forms_match_btreemap() {
    let ours: Map<String, u32> = [("b".to_string(), 2), ("a".to_string(), 1)].into();
    let std_map: BTreeMap<String, u32> = [("b".to_string(), 2), ("a".to_string(), 1)].into();
    let json = serde_json::to_string(&ours).unwrap();
    assert_eq!(json, serde_json::to_string(&std_map).unwrap());
    assert_eq!(
        serde_json::from_str::<Map<String, u32>>(&json).unwrap(),
        ours
    );
    let set: Set<u8> = [3, 1, 2].into();
    assert_eq!(serde_json::to_string(&set).unwrap(), "[1,2,3]");
    assert_eq!(
        serde_json::from_str::<Set<u8>>("[2,1,2]").unwrap(),
        [1, 2].into()
    );
}

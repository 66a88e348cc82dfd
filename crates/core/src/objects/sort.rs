//! Sorting for `list.sort` and `sorted`: a stable merge sort driven by a fallible comparison, since comparing
//! Python values can run Python code (`key=` functions, a class's `__lt__`) that may raise, and Rust's
//! `sort_by` cannot propagate errors.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Runs shorter than this are sorted by insertion, which beats merging for tiny inputs.
const INSERTION_RUN: usize = 12;

/// Sort `items` in place by `key(item)` (or the items themselves) with `<`, stably. `reverse` keeps equal
/// items in their original order, as Python's does. On error `items` is left as it was.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    if items.is_empty() || (items.len() == 1 && key.is_none_or(|k| k.is_none())) {
        return Ok(());
    }
    // Sort (key, item) pairs (the key function is called once per item, even for a single item, as Python
    // does); without a key function the key is the item itself.
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for &item in items.iter() {
        let k = match key {
            Some(f) if !f.is_none() => vm.call(f, &[item])?,
            _ => item,
        };
        pairs.push((k, item));
    }
    sort_pairs(vm, pairs, items, reverse)
}

/// Sort `items` in place by the `keys` already computed for them (one each, in order), stably.
pub fn sort_by_keys(vm: &mut Vm, items: &mut Vec<Value>, keys: &[Value], reverse: bool) -> PyResult<()> {
    let mut pairs = Vec::with_capacity(items.len());
    for (&k, &item) in keys.iter().zip(items.iter()) {
        pairs.push((k, item));
    }
    sort_pairs(vm, pairs, items, reverse)
}

/// Sort (key, item) pairs by key and put the items, in that order, into `items`.
fn sort_pairs(vm: &mut Vm, mut pairs: Vec<(Value, Value)>, items: &mut Vec<Value>, reverse: bool) -> PyResult<()> {
    // Reversing before and after a stable ascending sort gives a stable descending sort.
    if reverse {
        pairs.reverse();
    }
    if pairs.iter().all(|(k, _)| matches!(k, Value::Int(_))) {
        pairs.sort_by_key(|(k, _)| if let Value::Int(i) = k { *i } else { 0 });
    } else if let Some(mut texts) = str_keys(vm, &pairs) {
        // All keys are str: Python orders them by code point, which is their UTF-8 byte order.
        // (Our merge sort rather than `sort_by`: one more instantiation of std's sort costs the wasm build KBs.)
        sort_texts(&mut texts);
        for (slot, text) in pairs.iter_mut().zip(&texts) {
            *slot = text.1;
        }
    } else {
        merge_sort(&mut pairs, &mut |a: &(Value, Value), b: &(Value, Value)| vm.less_than(a.0, b.0))?;
    }
    if reverse {
        pairs.reverse();
    }
    // (Plain loops here and above: each `map().collect()` would be one more copy of the collecting code.)
    items.truncate(pairs.len());
    for (slot, pair) in items.iter_mut().zip(&pairs) {
        *slot = pair.1;
    }
    Ok(())
}

/// A (key, item) pair beside its key's text.
pub type TextKeyed<'a> = (&'a [u8], (Value, Value));

/// Each pair with its key's text, when every key is a str (the fast path of sorting strings).
fn str_keys<'a>(vm: &'a Vm, pairs: &[(Value, Value)]) -> Option<Vec<TextKeyed<'a>>> {
    let mut out = Vec::with_capacity(pairs.len());
    for &pair in pairs {
        let Value::Obj(r) = pair.0 else { return None };
        let crate::heap::Obj::Str(s) = vm.heap.get(r) else { return None };
        out.push((s.as_str().as_bytes(), pair));
    }
    Some(out)
}

/// Sort pairs by their text, stably (one instantiation of the merge sort shared by `dir()`).
pub fn sort_texts(texts: &mut [TextKeyed]) {
    fn less(a: &TextKeyed, b: &TextKeyed) -> PyResult<bool> {
        Ok(a.0 < b.0)
    }
    // The comparison cannot fail.
    let _ = merge_sort(texts, &mut less);
}

/// Stable merge sort of `v` with a fallible strict-less-than.
pub fn merge_sort<T: Copy>(v: &mut [T], less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    let mut start = 0;
    while start < n {
        let end = (start + INSERTION_RUN).min(n);
        insertion_sort(&mut v[start..end], less)?;
        start = end;
    }
    let mut buf: Vec<T> = Vec::with_capacity(n);
    let mut width = INSERTION_RUN;
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (lo + 2 * width).min(n);
            merge(&mut v[lo..hi], mid - lo, &mut buf, less)?;
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

fn insertion_sort<T: Copy>(v: &mut [T], less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && less(&x, &v[j - 1])? {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
    Ok(())
}

/// Merge the sorted halves `v[..mid]` and `v[mid..]`; on equal items the left one goes first (stability).
fn merge<T: Copy>(
    v: &mut [T],
    mid: usize,
    buf: &mut Vec<T>,
    less: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    // Already in order: nothing to merge (common for nearly sorted input).
    if !less(&v[mid], &v[mid - 1])? {
        return Ok(());
    }
    buf.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        if less(&v[j], &v[i])? {
            buf.push(v[j]);
            j += 1;
        } else {
            buf.push(v[i]);
            i += 1;
        }
    }
    buf.extend_from_slice(&v[i..mid]);
    buf.extend_from_slice(&v[j..]);
    v.copy_from_slice(buf);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_is_stable_and_sorted() {
        let mut v: Vec<(i32, usize)> = (0..1000).map(|i| ((i * 7919 % 101) as i32, i)).collect();
        let mut expect = v.clone();
        expect.sort_by_key(|p| p.0);
        merge_sort(&mut v, &mut |a: &(i32, usize), b: &(i32, usize)| Ok(a.0 < b.0)).unwrap();
        assert_eq!(v, expect);
    }

    #[test]
    fn merge_sort_handles_small_and_empty() {
        for n in 0..40 {
            let mut v: Vec<i32> = (0..n).rev().collect();
            merge_sort(&mut v, &mut |a: &i32, b: &i32| Ok(a < b)).unwrap();
            assert_eq!(v, (0..n).collect::<Vec<_>>());
        }
    }
}

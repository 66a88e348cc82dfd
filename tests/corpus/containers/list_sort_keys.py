words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
w = list(words)
w.sort()
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
w.sort(reverse=True)
print(w)
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=lambda x: x * x)
print(nums)
nums.sort(key=None)
print(nums)
floats = [2.5, -1.0, 3, 0.5, True, -7]
floats.sort()
print(floats)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
big = [10 ** 20, -(10 ** 19), 3, 2 ** 64, -5]
big.sort()
print(big)
nested = [[3, 1], [1, 2], [3], [1]]
nested.sort()
print(nested)

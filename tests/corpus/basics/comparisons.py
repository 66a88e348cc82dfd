print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2)
print("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print([1, [2, 3]] == [1, [2, 3]], [1] == (1,))
print(b"a" < b"b", b"abc" == b"abc")
print(None == 0, None is None, [] == [], [] is [])
for op in ("<", ">"):
    try:
        if op == "<":
            1 < "a"
        else:
            [1] > (1,)
    except TypeError:
        print("TypeError", op)
print(1 == "1", "1" != 1)
print(float("nan") == float("nan"), float("inf") > 10 ** 100)

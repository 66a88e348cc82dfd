n, none, s = 5, None, "abc"
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: len(5), lambda: n(),
    lambda: "a" * "b", lambda: none[0], lambda: {}[[]], lambda: int([1]), lambda: abs("x"),
    lambda: -"s", lambda: iter(3), lambda: (lambda a: a)(), lambda: (lambda: 0)(1), lambda: sum("ab"),
    lambda: [1, 2] < "ab", lambda: hash([]), lambda: s[1.0], lambda: ord(5), lambda: object() + 1,
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")

cases = [lambda: [][0], lambda: [1, 2][2], lambda: [1][-2], lambda: (1,)[5], lambda: "abc"[3],
         lambda: b"ab"[9], lambda: range(3)[3], lambda: [].pop(), lambda: [1].pop(4), lambda: bytearray(1)[1]]
for i, c in enumerate(cases):
    try:
        c()
    except IndexError as e:
        print(i, "IndexError", isinstance(e, LookupError))
l = [1, 2, 3]
print(l[1:10], l[-10:1], "ok slices don't raise")

for i in (0, 1, -1, -3):
    l = ["a", "b", "c"]
    print(i, l.pop(i), l)
for i in (3, -4):
    try:
        ["a", "b", "c"].pop(i)
    except IndexError:
        print(i, "IndexError")

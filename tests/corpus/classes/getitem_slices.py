class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= 5:
            raise IndexError(i)
        return i * 10
s = Seq()
print(s[2], s[1:3], s[::2], s[:-1], s[1:2:3])
print(list(s))
print(30 in s, 35 in s)
a, b, *c = s
print(a, b, c)

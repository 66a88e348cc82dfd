def sl(s):
    l = list(s)
    l.sort()
    return l

class Tags(set):
    def tag(self, x):
        self.add(x)
        return self

t = Tags([1, 2])
t.tag(3).tag(1)
print(sl(t), len(t), 2 in t, isinstance(t, set))
t.discard(2)
t.update([10, 11])
print(sl(t), sl(t.union([0])), sl(t.intersection([1, 10])), t.issubset(range(20)))
e = Tags()
print(len(e), bool(e), sl(e))

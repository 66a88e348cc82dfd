l = [1, 2, 3, 4]
print(list(reversed(l)), list(reversed((5, 6))), list(reversed("abc")), list(reversed(range(3))))
l = [1, 2, 3, 4, 5]
out = []
for x in reversed(l):
    out.append(x)
    if x == 4:
        del l[:]
print(out)
l = [1, 2, 3]
it = reversed(l)
print(next(it)); l.clear(); print(list(it)); l.extend([7, 8, 9]); print(list(it))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))

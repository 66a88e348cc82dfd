# print(): sep/end/file/flush keywords and their type errors
print("a", "b", sep="-", end="!\n", flush=True)
print(1, 2, 3, sep=None, end=None)
print(sep="x")
print("", end="")
print()
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("to", "writer", file=w, flush=False)
print(w.parts)
for kw in [{"sep": 5}, {"end": 5}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except TypeError:
        print("TypeError", list(kw))

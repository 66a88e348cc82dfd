# Slice assignment whose iterable empties the target while it is being iterated (the slice resolved
# before it indexed past the end and panicked), and an in-place list repeat by a huge count (it wrapped
# its size check and looped).
class Clears:
    def __init__(self, target, items):
        self.target, self.items = target, items

    def __iter__(self):
        del self.target[:]
        return iter(self.items)


l = [1, 2]
l[0:1] = Clears(l, [7])
print(l)
l = [1, 2, 3, 4, 5]
l[3:5] = Clears(l, [8, 9])
print(l)
b = bytearray(b"abcd")
b[1:3] = Clears(b, [65, 66])
print(b)
l = [1]
try:
    l *= 2**62
except MemoryError:
    print("MemoryError")
print("a".center(3), [0] * 3, len(l))

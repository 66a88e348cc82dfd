# deque items, BytesIO/StringIO data and array items live in Rust buffers of native objects; they were not
# counted against the heap, so an unbounded one grew host memory until the process aborted. They now count
# like a list's slots and reach MemoryError at the board's heap.
import array
import collections
import io


def grow(label, step):
    try:
        while True:
            step()
    except MemoryError:
        print(label, "MemoryError")


d = collections.deque()
grow("deque append", lambda: d.append(1))
d = None
e = collections.deque()
grow("deque appendleft", lambda: e.appendleft(1))
e = None
b = io.BytesIO()
grow("BytesIO write", lambda: b.write(b"x" * 100))
b = None
s = io.StringIO()
grow("StringIO write", lambda: s.write("x" * 100))
s = None
a = array.array("i")
grow("array append", lambda: a.append(1))
a = None
d = collections.deque(range(100), 50)
for i in range(10000):
    d.append(i)
print(len(d), d[0], d[-1])

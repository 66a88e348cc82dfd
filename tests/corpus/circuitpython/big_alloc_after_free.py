# flags: --heap 192k
# A big allocation right after a big object is dropped succeeds, as on a board (whose allocator collects and
# tries again); one that doesn't fit beside what is still live fails at once. (Expected output by hand.)
buf = bytearray(120000)
buf = None
buf = bytearray(120000)
print("bytearray", len(buf))
buf = None
data = b"ab" * 60000
data = None
data = b"cd" * 60000
print("bytes repeat", len(data))
data = None
items = [0] * 14000
items = None
items = [1] * 14000
print("list repeat", len(items))
items = None
text = "x" * 100000
text = None
text = "y" * 50000 + "z" * 40000
print("concat", len(text))
text = None
keep = bytearray(100000)
try:
    more = bytearray(120000)
    print("no MemoryError")
except MemoryError as e:
    print("MemoryError:", e)
try:
    more = keep * 2
    print("no MemoryError")
except MemoryError as e:
    print("MemoryError:", e)
print("kept", len(keep), keep[0])
keep = None
for i in range(5):
    block = bytearray(150000)
    block = None
print("loop of big blocks done")
# An operation that consumed items before an inner allocation was refused is never run again (the retry is
# only for operations refused before they changed anything): every item arrives, once.
big = bytearray(100000)
big = None
blocks = list(map(bytearray, iter([50000, 50000])))
print("map into list", [len(b) for b in blocks])
blocks = None
big = bytearray(100000)
big = None
blocks = []
blocks += map(bytearray, [50000, 50000])
print("list += map", [len(b) for b in blocks])

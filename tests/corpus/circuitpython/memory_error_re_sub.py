# flags: --heap 64k
# re.sub builds its result before the heap sees it: a result bigger than the board's heap is a MemoryError,
# and the module keeps working after it.
import re
try:
    re.sub("", "x" * 1000, "a" * 1000)
    print("no error")
except MemoryError:
    print("MemoryError")
print(re.sub("(a)", r"<\1>", "banana"), re.sub("a", lambda m: "A", "banana", 2))

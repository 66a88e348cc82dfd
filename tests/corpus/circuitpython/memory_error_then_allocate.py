# flags: --heap 64k
# After a MemoryError is caught, what the failed code held is free again at once: the handler's first
# allocations (small or big) succeed instead of being refused on the live set measured while that code ran.
import gc


def fill():
    table = {}
    for i in range(100000):
        table[i] = i
    return table


for attempt in range(3):
    try:
        fill()
    except MemoryError:
        text = "x" * 31
        block = bytearray(30000)
        print("caught", attempt, len(text), len(block))
gc.collect()
print(gc.mem_free() > 30000)

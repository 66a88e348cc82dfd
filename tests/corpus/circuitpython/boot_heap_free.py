# A freshly booted Pico reports a little under 200 KB free: CircuitPython keeps the builtin types' method
# tables out of the heap (in flash), so the runtime's own objects take little of the board's 192 KiB.
import gc

gc.collect()
free, used = gc.mem_free(), gc.mem_alloc()
print(free + used == 192 * 1024)
print(free > 176 * 1024)

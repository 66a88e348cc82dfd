# A freshly booted Pico reports nearly all of its heap free: CircuitPython keeps the builtin types, their
# method tables and the names it knows in flash, so the program's own objects are what the 192 KiB holds.
import gc

gc.collect()
free, used = gc.mem_free(), gc.mem_alloc()
print(free + used == 192 * 1024)
print(free > 190 * 1024)

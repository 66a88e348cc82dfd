import time
t0 = time.monotonic()
total = 0
for i in range(10000):
    total += i
t1 = time.monotonic()
print(total, t1 >= t0, isinstance(t1, float))
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.005)
ns0 = time.monotonic_ns()
print(isinstance(ns0, int), time.monotonic_ns() >= ns0)

import time, random
t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.009)
print(type(time.time()), type(time.monotonic_ns()))
t = time.localtime(0)
print(tuple(t), t.tm_year, t.tm_wday)
t = time.gmtime(1700000000)
print(tuple(t), t.tm_yday)
print(time.mktime((2023, 11, 14, 22, 13, 20, 1, 318, 0)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
random.seed(42)
a = [random.randint(1, 6) for _ in range(20)]
random.seed(42)
b = [random.randint(1, 6) for _ in range(20)]
print(a == b, all(1 <= x <= 6 for x in a))
print(all(0 <= random.random() < 1 for _ in range(100)))
print(all(0 <= random.randrange(0, 10, 3) < 10 and random.randrange(0, 10, 3) % 3 == 0 for _ in range(50)))
print(random.getrandbits(8) < 256, random.choice("abc") in "abc", 1.0 <= random.uniform(1, 2) <= 2.0)
for f, a in [(random.randrange, (0,)), (random.choice, ([],)), (random.randrange, (1, 5, 0))]:
    try:
        f(*a)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

# time.struct_time built from one 9-item sequence (as adafruit_datetime does), and its fields
import time

t = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(tuple(t), t[0], t[-1], len(t))
print(int(time.mktime(t)) - int(time.mktime(time.struct_time((2020, 1, 1, 3, 4, 5, 2, 1, 0)))))
t2 = time.struct_time([2021, 12, 31, 23, 59, 59, 4, 365, 0])
print(t2.tm_yday, isinstance(t2, tuple))
try:
    time.struct_time((1, 2, 3))
except TypeError:
    print("TypeError")

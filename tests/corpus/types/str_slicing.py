s = "0123456789"
print(s[2], s[-1], s[-10], s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-2:-8:-3])
print(s[5:2], s[100:], s[-100:2], s[3:100], repr(s[10:]))
print(s[::3], s[1:-1:4], s[slice(2, 6)], s[slice(None, None, -3)])
try:
    s[10]
except IndexError:
    print("IndexError")
try:
    s[::0]
except ValueError:
    print("ValueError zero step")
try:
    s["1"]
except TypeError:
    print("TypeError")

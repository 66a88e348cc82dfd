recs = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2), ("g", 1)]
r = list(recs)
r.sort(key=lambda t: t[1])
print([t[0] for t in r])
r = list(recs)
r.sort(key=lambda t: t[1], reverse=True)
print([t[0] for t in r])
n = 300
data = [(i * 7919) % 17 for i in range(n)]
tagged = [(data[i], i) for i in range(n)]
tagged.sort(key=lambda t: t[0])
ok = True
for i in range(n - 1):
    a, b = tagged[i], tagged[i + 1]
    ok = ok and (a[0] < b[0] or (a[0] == b[0] and a[1] < b[1]))
print(ok)
tagged.sort(key=lambda t: t[0], reverse=True)
ok = True
for i in range(n - 1):
    a, b = tagged[i], tagged[i + 1]
    ok = ok and (a[0] > b[0] or (a[0] == b[0] and a[1] < b[1]))
print(ok)
big = [(i * 104729) % 1000 for i in range(2000)]
s = list(big)
s.sort()
print(s[:5], s[-5:], [i for i in range(len(s) - 1) if s[i] > s[i + 1]])
s.sort(reverse=True)
print(s[:3], s[-3:])

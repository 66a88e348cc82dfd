s = {1, 2, 3}
s.discard(2)
s.discard(2)
print(sorted(s))
try:
    s.remove(2)
except KeyError as e:
    print("KeyError", e.args)

d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ("a", 10)])
d.update(d=4)
d.update()
d.update({}, e=5)
print(d)
try:
    d.update([1, 2])
except (TypeError, ValueError):
    print("error")

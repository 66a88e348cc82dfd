from collections import namedtuple
Emp = namedtuple("Emp", ("name", "age"))
people = [Emp("bo", 30), Emp("al", 25), Emp("cy", 35)]
print(sorted(people, key=lambda e: e.age))
print([e.name for e in people if e.age > 26])
d = people[0]._asdict()
print(sorted(d.items()))
print(Emp._make(["x", 1]) if hasattr(Emp, "_make") else Emp("x", 1))
print(max(people, key=lambda e: e.age).name, people[1] < people[0])

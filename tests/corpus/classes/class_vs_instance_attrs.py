class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
C.newattr = "added"
print(a.newattr, b.newattr)
b.shared = ["rebound"]
print(a.shared, b.shared, C.shared)

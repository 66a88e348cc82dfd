x = "module"
class C:
    x = "class"
    def method(self):
        return x
    def method2(self):
        return self.x
    lst = [x for _ in range(1)]
print(C().method(), C().method2(), C.lst)
def f():
    y = "func"
    class D:
        z = y
        def m(self):
            return y
    return D
D = f()
print(D.z, D().m())

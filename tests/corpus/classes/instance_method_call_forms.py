class C:
    def m(self, x):
        return ("m", x)
c = C()
print(c.m(1), C.m(c, 2), getattr(c, "m")(3), C.__dict__["m"](c, 4) if False else C.m(c, 4))
bound = c.m
print(bound(5), [bound(i)[1] for i in range(3)])

class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
class Str:
    def __str__(self):
        return "custom str"
print(str(Str()), "x" + str(Str()), len(str(Str())))

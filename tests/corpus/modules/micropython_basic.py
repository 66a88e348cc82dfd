from micropython import const, native, viper
X = const(5)
@native
def f():
    return X
print(f(), viper(len)([1]))

def outer():
    name = "o"
    def inner():
        return name + "i"
    return inner.__name__, inner()
print(outer())
def recursive_closure():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact(6)
print(recursive_closure())

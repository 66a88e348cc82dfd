def test():
    len = lambda x: "shadowed"
    return len([1, 2])
print(test(), len([1, 2]))
list_ = list
def list(*a):
    return "my list"
print(list("ab"))
del list
print(list("ab"))
max = 5
print(max)
del max
print(max(1, 2))

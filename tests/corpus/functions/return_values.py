def none():
    return
def multi():
    return 1, 2
def nested():
    return [1, (2, 3)]
print(none(), multi(), nested())
a, b = multi()
print(a + b)
def early(x):
    for i in range(10):
        if i == x:
            return i * 10
    return -1
print(early(3), early(20))
def gen_ret():
    return (i for i in range(3))
print(list(gen_ret()))

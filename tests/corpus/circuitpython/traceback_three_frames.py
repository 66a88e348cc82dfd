def inner(d):
    return d["missing"]


def middle(d):
    return inner(d) + 1


def outer():
    return middle({"present": 1})


print("calling")
outer()

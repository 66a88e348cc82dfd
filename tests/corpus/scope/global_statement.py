count = 0
def incr():
    global count
    count += 1
for _ in range(3):
    incr()
print(count)
def define_late():
    global late
    late = "defined in function"
define_late()
print(late)
def reader():
    return count * 10
print(reader())
def shadow():
    count = -1
    return count
print(shadow(), count)

class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")
for i in range(3):
    with CM():
        if i == 0:
            continue
        if i == 1:
            break
print("i", i)
def g():
    with CM():
        return "ret"
print(g())

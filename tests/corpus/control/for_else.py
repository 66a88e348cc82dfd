for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no 5 found")
for x in [4, 5, 6]:
    if x == 5:
        print("found 5")
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty else")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))

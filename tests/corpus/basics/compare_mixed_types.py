print(1 == 1.0, 1 == True, 0 == False, 2 == 2.0000001, "1" == 1)
print(1 < 1.5, True < 2, [1] == [1.0], (1, 2) == [1, 2], {1: 2} == {1.0: 2})
for a, b in ((1, "1"), ([1], (1,)), (None, 0)):
    try:
        a < b
    except TypeError:
        print("TypeError", type(a).__name__, type(b).__name__)

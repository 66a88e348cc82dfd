for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("fin", i)
print("done", i)
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke out, exception dropped"
print(f())
i = 0
while i < 3:
    try:
        i += 1
        continue
    finally:
        print("while fin", i)

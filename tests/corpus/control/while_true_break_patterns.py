data = [5, 3, 0, 7]
i = 0
while True:
    if data[i] == 0:
        break
    i += 1
print("zero at", i)
tries = 0
while True:
    tries += 1
    if tries * tries > 50:
        break
print(tries)

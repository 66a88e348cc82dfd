print(not 0, not 1, not [], not [0], not None, not "", not " ")
print(not not 5, (not 1) == False, not (1 and 0), not 1 or 1, not (1 or 0))
x = 5
print(not x > 3, not (x > 3), not x == 5)

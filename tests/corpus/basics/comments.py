# a comment
x = 1  # trailing comment
# print("not printed")
"""a bare string is an expression statement"""
print(x)  # print
s = "# not a comment"
print(s)
def f():
    # inside
    return 2  # after
print(f())

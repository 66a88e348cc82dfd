# help() as in CircuitPython's REPL: the welcome text, and for an object its type and its module's or class's
# own names with their values. (Expected output written by hand, from CircuitPython's wording.)
help()


class Config:
    rate = 115200
    name = "uart"


help(Config)
try:
    help(1, 2)
except TypeError as e:
    print("TypeError", e)
print("after help")

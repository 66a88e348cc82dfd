import math
import math as m
from math import sqrt, pi as PI
from collections import namedtuple as nt
print(m is math, sqrt(9), PI == math.pi, nt.__name__ if hasattr(nt, "__name__") else "namedtuple")
import sys, json
print(type(json.dumps([])).__name__, sys.byteorder in ("little", "big"))
def local_import():
    import struct
    return struct.calcsize("<H")
print(local_import())

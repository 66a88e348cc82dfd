pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (StopIteration, Exception),
    (Exception, BaseException), (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (NotImplementedError, RuntimeError), (AssertionError, Exception),
    (ValueError, TypeError), (ImportError, Exception), (OSError, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
try:
    raise KeyError("x")
except LookupError as e:
    print(isinstance(e, KeyError), isinstance(e, IndexError), isinstance(e, Exception))

log = []
def f():
    try:
        log.append("try")
        return log.append("return expr") or "r"
    finally:
        log.append("finally")
print(f(), log)
def g():
    try:
        try:
            raise ValueError
        finally:
            log.append("inner")
    except ValueError:
        log.append("handler")
    finally:
        log.append("outer")
log.clear()
g()
print(log)

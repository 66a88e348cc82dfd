try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise GeneratorExit
except Exception:
    print("no")
except GeneratorExit:
    print("GeneratorExit")

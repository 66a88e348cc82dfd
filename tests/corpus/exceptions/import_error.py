try:
    import this_module_does_not_exist
except ImportError as e:
    print("ImportError", type(e).__name__ in ("ImportError", "ModuleNotFoundError"))
try:
    from sys import no_such_name
except ImportError:
    print("ImportError from")

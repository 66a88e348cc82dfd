e = OSError(2, "msg")
print(e.args, isinstance(e, Exception))
try:
    raise OSError(5)
except OSError as err:
    print("OSError", err.args)
class DeviceError(OSError):
    pass
try:
    raise DeviceError("disconnected")
except OSError as err:
    print(type(err).__name__, err.args)

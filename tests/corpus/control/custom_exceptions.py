class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing", key)
        self.key = key
class Fatal(AppError):
    def __str__(self):
        return "fatal!"
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e.key, e.args)
try:
    raise Fatal(1, 2)
except Fatal as e:
    print(str(e), e.args)
print(issubclass(NotFound, Exception), issubclass(NotFound, AppError), issubclass(AppError, NotFound))
e = AppError("msg")
print(str(e), e.args, isinstance(e, BaseException))
print(str(AppError()), AppError().args)
print(str(AppError(1, 2)))

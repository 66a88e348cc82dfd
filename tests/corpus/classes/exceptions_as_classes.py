class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(field + ": " + msg)
        self.field = field
def validate(d):
    if "name" not in d:
        raise ValidationError("name", "required")
    if len(d["name"]) < 2:
        raise ValidationError("name", "too short")
    return "ok"
for d in ({}, {"name": "x"}, {"name": "xy"}):
    try:
        print(validate(d))
    except ValueError as e:
        print(type(e).__name__, e.field, str(e))

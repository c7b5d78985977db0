# ExceptionGroup and except*: validating a form and reporting all errors at once
def validate(form):
    errors = []
    if not form.get("name"):
        errors.append(ValueError("name is required"))
    if not str(form.get("age", "")).isdigit():
        errors.append(TypeError("age must be a number"))
    if "@" not in form.get("email", ""):
        errors.append(ValueError("email looks wrong"))
    if errors:
        raise ExceptionGroup("invalid form", errors)
    return "ok"


for form in [{"name": "a", "age": 3, "email": "a@b"}, {"age": "x", "email": "nope"}]:
    try:
        print(validate(form))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("type errors:", eg.exceptions, repr(eg))
eg = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("io")])])
print(eg, len(eg.exceptions), eg.split(OSError)[0], eg.subgroup(KeyError))
print(eg.derive([ValueError(1)]), isinstance(eg, Exception))
validate({})

# A nested ExceptionGroup raised by hand and left uncaught.
def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValueError("name missing"))
    if user.get("age", 0) < 0:
        errors.append(ValueError("age negative"))
    if errors:
        raise ExceptionGroup(f"user {user.get('id')}", errors)

problems = []
for u in [{"id": 1, "name": "a"}, {"id": 2, "age": -1}, {"id": 3, "name": ""}]:
    try:
        validate(u)
    except ExceptionGroup as eg:
        problems.append(eg)
raise ExceptionGroup("validation failed", problems)

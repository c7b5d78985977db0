# Validation that collects every problem into nested exception groups.
def validate(user):
    problems = []
    if not user.get("name"):
        problems.append(ValueError("name is empty"))
    if not isinstance(user.get("age"), int):
        problems.append(TypeError(f"age must be int, got {type(user.get('age')).__name__}"))
    if problems:
        raise ExceptionGroup(f"user {user.get('id')}", problems)

errors = []
for u in [{"id": 1, "name": "a", "age": 3}, {"id": 2, "name": "", "age": "x"}, {"id": 3, "name": "c", "age": None}]:
    try:
        validate(u)
    except ExceptionGroup as eg:
        errors.append(eg)
print(len(errors), "users invalid")
raise ExceptionGroup("validation failed", errors)

# An ExceptionGroup built by hand, with a group inside it, left uncaught.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is empty"))
    if record.get("age", 0) < 0:
        errors.append(ValueError("age is negative"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')}", errors)

def validate_all(records):
    problems = []
    for r in records:
        try:
            validate(r)
        except ExceptionGroup as eg:
            problems.append(eg)
    if problems:
        raise ExceptionGroup("validation failed", problems)

validate_all([{"id": 1, "name": "a"}, {"id": 2, "name": "", "age": -1}, {"id": 3, "age": -5, "name": "c"}])

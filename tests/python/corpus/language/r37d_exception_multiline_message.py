# An uncaught exception whose message spans several lines, with a note added after raising.
def validate(record):
    problems = [f"- {k} is missing" for k in ("name", "email", "age") if k not in record]
    if problems:
        err = ValueError("invalid record:\n" + "\n".join(problems))
        err.add_note("hint: check the CSV header")
        err.add_note("second note\nspanning two lines")
        raise err
    return record

print(validate({"name": "a", "email": "b", "age": 3}))
validate({"email": "x@y"})

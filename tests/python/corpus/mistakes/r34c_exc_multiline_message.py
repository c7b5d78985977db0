# A validation error that lists every problem on its own line
def validate(user):
    problems = []
    if not user.get("name"):
        problems.append("- name is required")
    if user.get("age", 0) < 0:
        problems.append("- age cannot be negative")
    if problems:
        raise ValueError("invalid user:\n" + "\n".join(problems))
    return True

print(validate({"name": "ana", "age": 3}))
validate({"age": -1})

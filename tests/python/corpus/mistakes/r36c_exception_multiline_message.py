# an error whose message lists every problem on its own line
class ValidationError(Exception):
    pass

def validate(user):
    problems = []
    if not user.get("name"):
        problems.append("- name is empty")
    if user.get("age", 0) < 0:
        problems.append("- age is negative")
    if problems:
        raise ValidationError("invalid user:\n" + "\n".join(problems))

validate({"name": "ann", "age": 3})
validate({"name": "", "age": -1})

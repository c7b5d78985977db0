# raising my error class without creating it; its init needs a field name
class FieldError(Exception):
    def __init__(self, field):
        super().__init__(f"bad field {field}")

def validate(form):
    if "email" not in form:
        raise FieldError
    return True

print(validate({"email": "a@b"}))
print(validate({}))

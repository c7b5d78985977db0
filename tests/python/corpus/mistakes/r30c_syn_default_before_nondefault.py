# A parameter without default after one with a default.
def make_user(name="guest", age):
    return {"name": name, "age": age}

print(make_user(age=3))

# Calling a function with a positional argument after a keyword one.
def make_user(name, age, city="Oslo"):
    return {"name": name, "age": age, "city": city}

print(make_user(name="Ann", 31))
print(make_user("Ben", 40))

# Raising an exception with several arguments prints them as a tuple.
def check(age):
    if age < 0:
        raise ValueError("age must be positive, got", age)
    return age

print(check(3))
check(-1)

# Raising a string instead of an exception.
def check_age(age):
    if age < 0:
        raise "age must be positive"
    return age

print(check_age(3))
check_age(-1)

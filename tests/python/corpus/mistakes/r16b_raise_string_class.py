# raise of a plain string, Python 2 style, in a function
def check_age(age):
    if age < 0:
        raise "age must not be negative"
    return age

print(check_age(5))
print(check_age(-1))

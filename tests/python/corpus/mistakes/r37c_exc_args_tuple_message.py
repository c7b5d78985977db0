# raising an error with a message and a code, like print takes several values
def check(age):
    if age < 0:
        raise ValueError("age must be positive:", age)
    return age

print(check(5))
try:
    check(-1)
except ValueError as e:
    print(e)
raise ValueError()

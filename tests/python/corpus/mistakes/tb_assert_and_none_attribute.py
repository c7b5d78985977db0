def validate(age):
    assert age >= 0, f"age must be non-negative, got {age}"
    return age
print(validate(5))
try:
    validate(-1)
except AssertionError as e:
    print("AssertionError:", e)
x = None
print(x.upper())

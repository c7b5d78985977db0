# else without a colon
age = 20
if age >= 18:
    print("adult")
else
    print("minor")

# Looping over a dict with two names, missing .items()
print("== dict loop unpack keys ==")
ages = {"ada": 36, "al": 41}
for name, age in ages:
    print(name, age)

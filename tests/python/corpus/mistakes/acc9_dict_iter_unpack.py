# Looping over a dict with two names, without items().
print("start")

ages = {"ann": 30, "bob": 25}
for name, age in ages:
    print(name, age)

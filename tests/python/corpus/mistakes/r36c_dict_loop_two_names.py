# looping over a dict with two loop variables
ages = {"al": 30, "bo": 25, "cy": 41, "dee": 19}
for name, age in ages:
    print(name, age)
# (end of the program)

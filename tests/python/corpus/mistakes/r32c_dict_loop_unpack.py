# Unpacking dict keys in a for loop without .items().
ages = {"ab": 31, "cd": 25, "eve": 40}
for name, age in ages:
    print(name, age)
# (the learner's program ends here)

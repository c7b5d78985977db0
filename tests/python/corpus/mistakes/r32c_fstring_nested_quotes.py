# Reusing the same quote type inside an f-string expression (fine only in 3.12+).
user = {"name": "Ann", "age": 31}
print(f'{user["name"]} is {user["age"]}')
print(f"{user["name"]} is {user["age"]}")
# (the learner's program ends here)

# an f-string with a dict lookup using the same double quotes inside
user = {"name": "ann", "age": 31}
print(f"{user["name"]} is {user["age"]}")
# (end of the program)
# (end of the program)

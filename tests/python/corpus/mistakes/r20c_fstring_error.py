# error inside an f-string expression
user = {"name": "Ada"}
print(f"Hello {user['name']}!")
print(f"Age: {user['age']:>5} years")
# (end of the program)

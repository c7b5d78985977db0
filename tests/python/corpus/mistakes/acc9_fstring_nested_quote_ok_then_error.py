# An f-string whose expression raises.
print("start")

data = {"name": "ann"}
print(f"{data['name'].title()}")
print(f"{data['age'] + 1}")

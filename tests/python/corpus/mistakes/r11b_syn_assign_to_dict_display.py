# Unpacking a dict by writing a dict display on the left.
person = {"name": "ann", "age": 3}
print(person)
{"name": name, "age": age} = person
print(name, age)

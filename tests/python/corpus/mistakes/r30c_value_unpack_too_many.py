# Unpacking three values into two names.
record = ("Ada", 36, "London")
name, age = record
print(name, age)

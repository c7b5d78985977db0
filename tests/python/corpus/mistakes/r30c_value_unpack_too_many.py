# Unpacking three values into two names.
# (kept short on purpose: the mistake is the point)
record = ("Ada", 36, "London")
name, age = record
print(name, age)

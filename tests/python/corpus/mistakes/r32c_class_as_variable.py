# A student uses "class" as a variable name for a school record.
students = ["Ann", "Ben"]
class = "3B"

for s in students:
    print(s, "is in", class)

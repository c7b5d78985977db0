# Using a keyword as a variable name.
class = "3B"
students = ["Ann", "Ben"]
print(class, students)

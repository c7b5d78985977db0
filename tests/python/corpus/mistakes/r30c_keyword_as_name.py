# Using a keyword as a variable name.
# (kept short on purpose: the mistake is the point)
class = "3B"
students = ["Ann", "Ben"]
print(class, students)

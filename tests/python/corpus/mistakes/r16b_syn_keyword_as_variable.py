# A keyword used as a variable name
print("== keyword as variable ==")

class = "3B"
print(class)

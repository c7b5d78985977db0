# str used as a variable name, then called
print("== shadowed str builtin ==")
str = "score: "
points = 10
print(str + str(points))

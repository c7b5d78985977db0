# str used as a variable name, then called
str = "score: "
points = 10
print(str + str(points))

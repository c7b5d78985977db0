# print with several values, without parentheses.
print("start")

name, n = "w", 3
print name, n

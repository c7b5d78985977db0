# del of a tuple containing a literal.
print("start")

x = 1
del (x, 2)
print("deleted")

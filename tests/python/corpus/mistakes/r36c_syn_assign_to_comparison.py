# chained check written as an assignment
a, b = 3, 3
if a + 1 = b + 1:
    print("same")
# (end of the program)

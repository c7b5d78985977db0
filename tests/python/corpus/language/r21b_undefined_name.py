# tutorial: using a variable before defining it is a NameError
print(3 * 3.75 / 1.5)
print(7.0 / 2)
n
# (end of the program)

# checking if 3 is in the number 12345
n = 12345
print(3 in str(n))
# (end of the program)
# (end of the program)

# two values side by side without a comma
total = 10
print("total is" total)
# (end of the program)
# (end of the program)

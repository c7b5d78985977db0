# a body not indented after for
for i in range(3):
print(i)
# (end of the program)
# (end of the program)

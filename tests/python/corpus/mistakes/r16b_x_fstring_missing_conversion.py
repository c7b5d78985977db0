# An f-string with ! and no conversion character
x = 3
print(f"{x!}")

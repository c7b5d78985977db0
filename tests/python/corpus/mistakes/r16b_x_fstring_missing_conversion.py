# An f-string with ! and no conversion character
print("== fstring missing conversion ==")

x = 3
print(f"{x!}")

# NameError for a stdlib module name never imported
print("computing")
print(math.pi)
# (end of the program)
# (end of the program)

# An 8 in an octal literal.
print("start")

mode = 0o758
print(mode)

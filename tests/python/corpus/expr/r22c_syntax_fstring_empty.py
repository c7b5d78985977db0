# empty braces in an f-string
name = 'x'
print(f"{name} and {}")
# (end of the program)
# (end of the program)

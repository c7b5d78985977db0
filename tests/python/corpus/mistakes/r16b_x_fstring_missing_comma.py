# Two names in one f-string expression with no comma between them
print("== fstring missing comma ==")

a, b = 1, 2
print(f"{a b}")

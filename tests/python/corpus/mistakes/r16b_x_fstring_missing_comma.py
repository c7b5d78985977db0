# Two names in one f-string expression with no comma between them
a, b = 1, 2
print(f"{a b}")

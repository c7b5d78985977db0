# Mistake: = instead of == inside a conditional expression in an f-string.
counts = [0, 3, 1]

for n in counts:
    print(f"{n} is {'zero' if n = 0 else 'not zero'}")

# Mistake: = instead of == inside a conditional expression in an f-string.
for n in range(3):
    print(f"{n} is {'zero' if n = 0 else 'not zero'}")

# Using && for logical and.
x, y = 3, 7
if x > 0 && y > 0:
    print("both positive")

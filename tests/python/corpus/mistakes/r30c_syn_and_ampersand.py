# Using && for logical and.
# (kept short on purpose: the mistake is the point)
x, y = 3, 7
if x > 0 && y > 0:
    print("both positive")

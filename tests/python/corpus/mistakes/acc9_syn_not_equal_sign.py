# A not-equal sign from a maths text.
print("start")

a, b = 1, 2
if a ≠ b:
    print("different")

# Comparing floats with == after arithmetic
total = 0.1 + 0.2
print(total)
if total == 0.3:
    print("exactly 0.3")
else:
    print("not equal!")

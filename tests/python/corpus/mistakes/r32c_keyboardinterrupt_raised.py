# Raising KeyboardInterrupt by hand to stop a loop.
total = 0
for i in range(10):
    total += i
    if total > 10:
        print("stopping at", i)
        raise KeyboardInterrupt
print(total)

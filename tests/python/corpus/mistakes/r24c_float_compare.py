import math
total = 0.1 + 0.2
print(total)
if total == 0.3:
    print("equal")
else:
    print("not equal!")
print(math.isclose(total, 0.3))
x = 0.0
steps = 0
while x != 1.0 and steps < 20:
    x += 0.1
    steps += 1
print(steps, x)
print(sum([0.1] * 10), 1.1 * 3, 2.675 * 100)
print(round(2.675, 2), 1e16 + 1, 0.1 * 3 == 0.3)

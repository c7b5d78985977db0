# range() of a float number of steps.
print("start")

steps = 10 / 4
for i in range(steps):
    print(i)

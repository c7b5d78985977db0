# range() with a float step.
for x in range(0, 1, 0.25):
    print(x)

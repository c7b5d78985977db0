# range() with a float step.
# (kept short on purpose: the mistake is the point)
#
for x in range(0, 1, 0.25):
    print(x)

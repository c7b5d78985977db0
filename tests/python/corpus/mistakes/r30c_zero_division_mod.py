# Modulo by zero inside a loop of steps.
# (kept short on purpose: the mistake is the point)
steps = [3, 2, 1, 0]
for s in steps:
    print(s, 10 % s)

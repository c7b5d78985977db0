# elif with no condition.
n = 5
if n > 3:
    print("big")
elif:
    print("small")

x = 4
if x > 5:
    print("big")
else if x > 2:
    print("medium")

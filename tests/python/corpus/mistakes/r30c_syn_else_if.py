# Writing else if instead of elif.
temp = 18
if temp > 25:
    print("hot")
else if temp > 15:
    print("mild")
else:
    print("cold")

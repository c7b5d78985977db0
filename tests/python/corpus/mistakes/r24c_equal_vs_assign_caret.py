x = 3
print(x == 3)
if x = 3 and x > 1:
    print("yes")

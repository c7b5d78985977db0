if x == 1:
    print(1)
else if x == 2:
    print(2)

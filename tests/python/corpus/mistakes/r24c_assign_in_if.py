score = 10
if score = 10:
    print("perfect")

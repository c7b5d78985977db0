print(x])

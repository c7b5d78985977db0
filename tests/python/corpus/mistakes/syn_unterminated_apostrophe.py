print("it's ok)

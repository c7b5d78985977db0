# bytes() of values over 255.
print("start")

data = [65, 66, 300]
print(bytes(data[:2]))
print(bytes(data))

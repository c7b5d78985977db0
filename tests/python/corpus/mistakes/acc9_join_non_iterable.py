# str.join of a number.
print("start")

count = 5
print(", ".join(count))

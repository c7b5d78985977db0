# Indexing a number.
print("start")

count = 5
print(count[0])

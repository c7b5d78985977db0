# dict.update given a number.
print("start")

counts = {"a": 1}
counts.update(5)
print(counts)

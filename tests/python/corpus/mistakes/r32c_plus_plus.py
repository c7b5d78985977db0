# C habit: i++ to increment a counter.
i = 0
items = ["a", "b"]
for item in items:
    print(i, item)
    i++

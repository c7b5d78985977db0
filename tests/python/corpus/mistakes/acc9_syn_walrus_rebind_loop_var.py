# A walrus rebinding the comprehension's own variable.
print("start")

values = [1, 2, 3]
print([v := v * 2 for v in values])

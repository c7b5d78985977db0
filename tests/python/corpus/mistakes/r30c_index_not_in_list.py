# list.index of a missing value and str.index of a missing substring.
queue = ["a", "b", "c"]
print(queue.index("c"))
try:
    queue.index("z")
except ValueError as e:
    print("ValueError:", e)
print("hello".index("z"))

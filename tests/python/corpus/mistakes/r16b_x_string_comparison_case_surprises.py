# String ordering by case and slicing past the ends
print("a" < "B", "apple" < "Apple", sorted(["b", "A", "a", "B"]))
print(sorted(["b", "A", "a"], key=str.lower))
print(max("hello"), min([3, 1], default=0))
print("hello"[::-1], "hello"[10:], "hello"[-10:2])

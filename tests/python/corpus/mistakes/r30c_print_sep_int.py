# print with a non-string separator and end.
print("a", "b", sep="-")
print("a", "b", sep=0)

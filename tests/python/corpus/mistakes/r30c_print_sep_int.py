# print with a non-string separator and end.
# (kept short on purpose: the mistake is the point)
#
print("a", "b", sep="-")
print("a", "b", sep=0)

# print() with a non-str sep, then a file name as file.
print("a", "b", sep="-")
try:
    print("a", "b", sep=1)
except TypeError as e:
    print("TypeError:", e)
print("saved", file="log.txt")

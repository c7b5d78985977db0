# A list of pairs where I forgot the comma between two tuples
pairs = [
    (1, "one"),
    (2, "two")
    (3, "three"),
]
print(pairs)

# A list of worker names where two commas were forgotten.
names = [
    "alpha"
    "beta",
    "gamma" "delta",
    1 2,
]
print(names)

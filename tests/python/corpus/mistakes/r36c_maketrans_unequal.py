# swapping letters with str.maketrans, strings of different lengths
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
table2 = str.maketrans("abcd", "xy")
print("abcd".translate(table2))

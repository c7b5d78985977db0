# Indexing a list with the result of /, a float
print("== list index float ==")
letters = ["a", "b", "c", "d", "e"]
middle = letters[len(letters) / 2]
print(middle)

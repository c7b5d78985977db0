# The last letter read with len() instead of -1
print("== string index out of range ==")
word = "python"
print(word[len(word) - 1])
print(word[len(word)])

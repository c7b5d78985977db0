# The last letter read with len() instead of -1
word = "python"
print(word[len(word) - 1])
print(word[len(word)])

# Trying to capitalize a word by assigning to its first character.
word = "python"
word[0] = "P"
print(word)
# (the learner's program ends here)

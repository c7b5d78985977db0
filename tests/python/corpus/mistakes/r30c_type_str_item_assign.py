# Strings are immutable: assigning to one character.
word = "cat"
word[0] = "b"
print(word)

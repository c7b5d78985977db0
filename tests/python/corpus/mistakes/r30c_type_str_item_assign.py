# Strings are immutable: assigning to one character.
# (kept short on purpose: the mistake is the point)
word = "cat"
word[0] = "b"
print(word)

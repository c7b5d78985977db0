# ord() of a whole word.
word = "hi"
print([ord(c) for c in word])
print(ord(word))

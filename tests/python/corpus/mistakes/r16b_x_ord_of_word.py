# ord() of a whole word instead of one character
word = "hi"
print([ord(c) for c in word])
print(ord(word))

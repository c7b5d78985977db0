# ord() of a whole word instead of one character
print("== ord of word ==")
word = "hi"
print([ord(c) for c in word])
print(ord(word))

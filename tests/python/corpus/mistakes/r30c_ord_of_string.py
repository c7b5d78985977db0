# ord() of a whole word.
# (kept short on purpose: the mistake is the point)
word = "hi"
print([ord(c) for c in word])
print(ord(word))

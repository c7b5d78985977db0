# Splitting a word into letters with split("").
# (kept short on purpose: the mistake is the point)
word = "hello"
print(list(word))
print(word.split(""))

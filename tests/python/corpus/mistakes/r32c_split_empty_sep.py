# Splitting a word into letters with split("").
word = "hello"
print(list(word))
print(word.split(""))
# (the learner's program ends here)

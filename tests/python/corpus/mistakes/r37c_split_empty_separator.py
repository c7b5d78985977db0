# splitting a word into letters with split('')
word = "hello"
print(list(word))
print(word.split(""))
# (end of the program)

# Changing one letter of a str in place
word = "hello"
word[0] = "J"
print(word)

# Changing one letter of a str in place
print("== string item assignment ==")
word = "hello"
word[0] = "J"
print(word)

# Capitalising a word by assigning to its first character
def capitalise(word):
    word[0] = word[0].upper()
    return word

print(capitalise("hello"))

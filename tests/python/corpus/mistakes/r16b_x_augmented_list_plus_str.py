# list += str spreads the letters (no error), list + str fails
letters = []
letters += "abc"
print(letters)
letters = letters + "de"

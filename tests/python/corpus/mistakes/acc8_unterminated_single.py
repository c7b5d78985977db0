# A string missing its closing quote on a print line.
n = 5
print('The result is, n)
print("after")

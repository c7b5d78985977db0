# Python 2 habits: print as a statement with an f-string.
name = "world"
count = 3
print(name, count)
print f"hello {name}, {count} times"

# Printing methods taken from the class instead of calling them.
print(str.upper)
print(list.append, dict.get)
print(int.__add__, object.__init__, str.__len__)
print(len, print, max)
print(dict.__dict__["fromkeys"])
print(type.__call__)
words = ["b", "a"]
print(sorted(words, key=str.lower), list(map(str.upper, words)))

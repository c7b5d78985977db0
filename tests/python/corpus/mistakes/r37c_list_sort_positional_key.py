# sorting words by length, passing len to sort directly
words = ["kiwi", "fig", "banana"]
print(sorted(words, key=len))
words.sort(len)
print(words)

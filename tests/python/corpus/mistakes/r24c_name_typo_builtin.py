words = ["pear", "fig", "apple"]
print(lenght := len(words))
print(sorted(words))
print(lenght)
pritn(words[0])

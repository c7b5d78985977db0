# Calling builtins with keyword arguments they do not take
words = ["pear", "fig", "apple"]
print(sorted(words, key=len))
print(len(obj=words))
# (a short program: the mistake is in the lines above)

# sorting scores with the key as the second positional argument
scores = {"ann": 3, "bob": 9}
print(sorted(scores, key=scores.get))
print(sorted(scores, scores.get))
# (end of the program)

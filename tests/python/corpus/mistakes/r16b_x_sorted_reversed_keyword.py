# sorted() given reversed=True instead of reverse=True
print("== sorted reversed keyword ==")

scores = {"ada": 90, "al": 70, "bo": 80}
print(sorted(scores, key=scores.get, reversed=True))

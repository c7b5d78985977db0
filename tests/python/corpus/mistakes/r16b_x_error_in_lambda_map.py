# An error inside a lambda given to map, seen when list() runs it
words = ["3", "4", "five"]
numbers = map(lambda w: int(w) * 2, words)
print("mapped")
print(list(numbers))

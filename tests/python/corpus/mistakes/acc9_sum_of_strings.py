# sum() of strings, then with a str start.
words = ["async", "io"]
try:
    print(sum(words))
except TypeError as e:
    print("TypeError:", e)
print(sum(words, ""))

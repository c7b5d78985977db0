# Mistake: a key function that fails on the very first item, with reverse=True and with sorted().
prices = ["1.50", "abc", "2.25"]
try:
    prices.sort(key=float, reverse=True)
except ValueError as e:
    print("sort:", e)
print(prices)
words = ["pear", None, "fig"]
print(sorted(words[::2], key=len, reverse=True))
print(sorted(words, key=len, reverse=True))

# float() of a word.
print("start")

prices = {"apple": "1.5", "pear": "abc"}
for name, price in prices.items():
    print(name, float(price))

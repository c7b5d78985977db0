# A lambda in map() that fails on one item; the traceback goes through list().
prices = ["1.50", "2.25", "n/a", "4.00"]
print(len(prices), "prices")
print(list(map(str.strip, prices)))
cents = list(map(lambda p: int(float(p) * 100), prices))
print(cents)

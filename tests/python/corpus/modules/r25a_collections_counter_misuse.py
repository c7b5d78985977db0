from collections import Counter

stock = Counter(apples=3, pears=2)
sold = Counter(apples=1)
left = stock - sold
print(left)
print(left["kiwi"])
del left["pears"]
print(left)
prices = dict(stock)
print(prices["kiwi"])

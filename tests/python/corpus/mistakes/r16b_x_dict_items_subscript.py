# dict.items() indexed like a list
print("== dict items subscript ==")
prices = {"tea": 2, "cake": 3}
first = prices.items()[0]
print(first)

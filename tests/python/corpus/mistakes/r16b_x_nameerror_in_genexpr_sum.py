# A typo inside a generator expression given to sum
print("== nameerror in genexpr sum ==")
prices = {"tea": 2, "cake": 3}
quantity = {"tea": 1, "cake": 2}
print(sum(prices[k] * quantitiy[k] for k in prices))

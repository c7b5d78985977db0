# sum() of a generator expression over prices read as text.
prices = {"apple": "0.5", "bread": "2.25", "milk": "1.1"}
print("items:", len(prices))
total = sum(float(p) * 2 if k != "milk" else p for k, p in prices.items())
print(total)

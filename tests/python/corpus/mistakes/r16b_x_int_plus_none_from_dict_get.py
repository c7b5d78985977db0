# dict.get's None added to a number
stock = {"tea": 4}
total = 0
for item in ["tea", "cake"]:
    total += stock.get(item)
print(total)

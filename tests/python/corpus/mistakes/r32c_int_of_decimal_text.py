# Converting "3.5" with int() while reading prices.
prices = ["10", "20", "3.5", "7"]
total = 0
for p in prices:
    total += int(p)
print(total)

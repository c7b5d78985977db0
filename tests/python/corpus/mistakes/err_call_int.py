total = 0
for price in [3, 4]:
    total = total + price
print(total)
print = 5
print(total)

# A dict's items unpacked into three names.
print("start")

prices = {"apple": 1.5}
for name, price, qty in prices.items():
    print(name, price, qty)

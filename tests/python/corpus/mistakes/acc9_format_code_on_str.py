# A float format code given a string.
print("start")

price = "3.5"
print(f"{float(price):.2f}")
print(f"{price:.2f}")

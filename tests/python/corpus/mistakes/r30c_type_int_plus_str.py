# Adding input-like text to a number.
stock = 10
delivered = "5"
print(stock + delivered)

# Adding input-like text to a number.
# (kept short on purpose: the mistake is the point)
stock = 10
delivered = "5"
print(stock + delivered)

# A TypeError in the middle of a longer expression.
price = 10
qty = 3
tax = "2"
total = price * qty + tax * 1 - 0
print(total)

# a typo in a variable name: the traceback suggests the right one
total_price = 0
for price in [1.25, 2.5, 3.75]:
    total_price += price
print(f"subtotal: {total_price:.2f}")
tax = total_prise * 0.2
print(tax)

# A typo in a local variable name inside a loop body.
def summarise(orders):
    total_amount = 0
    for order in orders:
        total_amount += order["qty"] * order["price"]
    return round(total_amout, 2)

print(summarise([{"qty": 2, "price": 1.5}]))

# Comparing dict keys with set operators, printing the results directly.
stock = {3: "pens", 41: "ink", 7: "pads", 1024: "tape"}
order = {41: 2, 5: 1, 1024: 3}
print(stock.keys() & order.keys())
print(order.keys() - stock.keys())
print(stock.keys() | {99, -1})

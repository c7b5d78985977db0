# building a report line with a long call split across lines
def line(name, qty, unit_price, discount):
    return f"{name}: {qty * unit_price * (1 - discount):.2f}"

orders = [("pen", 3, 1.5, 0.1), ("book", 1, 12.0, None)]
for name, qty, price, disc in orders:
    print(line(name,
               qty,
               price,
               disc))

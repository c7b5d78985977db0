# A variable named like the function it came from, then the function called again.
def total(items):
    return sum(items)

orders = [[3, 4], [5], [1, 1, 1]]
for order in orders:
    total = total(order)
    print("order total", total)

# Mistake: a set comprehension of lists (unhashable) behind a filter; the traceback marks the filter's comparison.
orders = [("tea", 2), ("cake", 0), ("tea", 1)]

def unique_lines(orders):
    return {[item, qty] for item, qty in orders if qty > 0}

print(len(orders), "orders")
print(unique_lines(orders))

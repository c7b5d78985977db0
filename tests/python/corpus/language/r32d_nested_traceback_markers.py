# A bug deep in nested calls: the traceback's frames and ^^^ markers for a KeyError in a comprehension
inventory = {"apple": {"price": 1.2, "qty": 10}, "pear": {"price": 0.8}}


def line_total(item):
    info = inventory[item]
    return info["price"] * info["qty"]


def order_total(items):
    return sum([line_total(i) for i in items])


def checkout(cart):
    total = order_total(cart)
    return f"{total:.2f}"


print(checkout(["apple"]))
print(checkout(["apple", "pear"]))

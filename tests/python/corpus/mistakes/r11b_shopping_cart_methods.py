# A shopping cart kept in a list; several list methods misused.
cart = ["apple", "bread", "milk"]
attempts = [
    lambda: cart.remove("eggs"),
    lambda: cart.index("butter"),
    lambda: cart.pop(10),
    lambda: [].pop(),
    lambda: cart.insert("0", "tea"),
    lambda: cart.append("tea", "jam"),
    lambda: cart.extend(3),
    lambda: cart.count(),
    lambda: cart.sort(reverse="yes"),
    lambda: cart.sort(lambda s: len(s)),
    lambda: cart + "cheese",
    lambda: cart - ["milk"],
    lambda: cart * 2.0,
    lambda: cart["0"],
    lambda: cart[1.0],
    lambda: cart.push("salt"),
    lambda: cart.add("salt"),
    lambda: cart.length,
]
for i, f in enumerate(attempts):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
print(cart)

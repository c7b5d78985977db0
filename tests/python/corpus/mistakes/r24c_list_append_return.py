cart = []
cart = cart.append("milk")
cart.append("eggs")
print(cart)

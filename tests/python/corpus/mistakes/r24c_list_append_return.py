# r24c_list_append_return: a mistake as a learner makes it, and what CPython 3.11 says of it
cart = []
cart = cart.append("milk")
cart.append("eggs")
print(cart)

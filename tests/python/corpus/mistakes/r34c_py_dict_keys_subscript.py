# Taking the first key of a dict by indexing its keys view
stock = {"apples": 3, "pears": 0}
first = stock.keys()[0]
print(first)
# (a short program: the mistake is in the lines above)

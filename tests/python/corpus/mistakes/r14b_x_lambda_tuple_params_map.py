# Mistake: a Python 2 habit, a lambda unpacking a pair in its parameter list, given to map().
prices = [('tea', 3), ('cake', 4), ('milk', 2)]
print('items:', len(prices))
totals = list(map(lambda (name, price): price * 2, prices))
print(totals)

# a KeyError raised from a nested function, with a tuple key
def lookup(d, k):
    return d[k]
prices = {'apple': 1.2, ('big', 'pear'): 2}
print(lookup(prices, ('big', 'pear')))
print(lookup(prices, 'banana'))

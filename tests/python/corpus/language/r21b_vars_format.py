# tutorial 7.1.2: formatting with vars() and a table of powers
def report():
    name = 'widget'
    qty = 3
    price = 1.5
    return '{qty} x {name} @ {price:.2f}'.format(**vars())
print(report())
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
item = Item('gear', 12)
print(vars(item))
print('{name}: {qty:>4}'.format(**vars(item)))
print(sorted(vars(Item).keys())[:3])
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 8637678}
print(' '.join(f'{k}={v:,}' for k, v in table.items()))
print(vars(42))

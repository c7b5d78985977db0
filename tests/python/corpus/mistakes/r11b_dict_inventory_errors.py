# Inventory dict: the errors of dict methods and of building dicts.
stock = {"pens": 10, "pads": 3}
tries = [
    "stock['pencils']",
    "stock.pop('rulers')",
    "{}.popitem()",
    "dict([('a', 1), ('b', 2, 3)])",
    "dict(['ab', 'cde'])",
    "dict([1, 2])",
    "dict(stock, 5)",
    "stock.update([('x', 1)], [('y', 2)])",
    "stock.update(5)",
    "stock.get()",
    "stock.get('a', 1, 2)",
    "stock.setdefault()",
    "stock.keys()[0]",
    "stock.values() + [1]",
    "stock | [('a', 1)]",
    "stock < {'a': 1}",
    "{[1, 2]: 'list key'}",
    "{{}: 1}",
    "stock[['pens']]",
    "dict.fromkeys(5)",
    "stock.has_key('pens')",
    "sorted(stock.items(), key=lambda kv: kv[2])",
]
for t in tries:
    try:
        print(t, "=", eval(t))
    except Exception as e:
        print(t, "!", type(e).__name__, e)

class Inventory:
    def __init__(self):
        self.stock = {"apple": 3}

    def take(self, item, n):
        have = self._lookup(item)
        if n > have:
            raise ValueError(f"only {have} {item}(s) left, wanted {n}")
        self.stock[item] = have - n
        return n

    def _lookup(self, item):
        return self.stock[item]

    @property
    def total(self):
        return sum(self.stock.values()) / len(self.stock)

inv = Inventory()
print(inv.take("apple", 2), inv.stock)
for item, n in [("apple", 5), ("pear", 1)]:
    try:
        inv.take(item, n)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
inv.stock.clear()
print(inv.total)

# An inventory class that acts like a container: len, iter, contains, getitem by name or index.
class Item:
    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price
    def __repr__(self):
        return f"Item({self.name!r}, qty={self.qty}, price={self.price:.2f})"
    def __str__(self):
        return f"{self.name} x{self.qty}"

class Inventory:
    def __init__(self, *items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        yield from self._items
    def __contains__(self, name):
        return any(i.name == name for i in self._items)
    def __getitem__(self, key):
        if isinstance(key, str):
            for i in self._items:
                if i.name == key:
                    return i
            raise KeyError(key)
        return self._items[key]
    def __bool__(self):
        return any(i.qty for i in self._items)
    def total(self):
        return sum(i.qty * i.price for i in self)

inv = Inventory(Item("apple", 3, 0.5), Item("pear", 0, 0.75), Item("fig", 12, 0.2))
print(len(inv), "apple" in inv, "kiwi" in inv)
print(inv["fig"], repr(inv[0]))
print(inv[1:])
print([str(i) for i in inv])
print(f"total={inv.total():8.3f}|")
print(bool(inv), bool(Inventory(Item("x", 0, 1))))
print(sorted(inv, key=lambda i: i.price * i.qty, reverse=True))
print(inv["kiwi"])

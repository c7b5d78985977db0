# Inventory with items, restocking, and custom errors
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, only {have}")
        self.item = item

class Item:
    __slots__ = ("name", "price", "qty")
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, name, price, qty=0):
        it = self._items.setdefault(name, Item(name, price))
        it.qty += qty
        return it
    def take(self, name, n):
        it = self._items[name]
        if it.qty < n:
            raise OutOfStock(name, n, it.qty)
        it.qty -= n
        return round(it.price * n, 2)
    def __len__(self):
        return len(self._items)
    def __contains__(self, name):
        return name in self._items
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))
    def value(self):
        return sum(i.price * i.qty for i in self)

inv = Inventory()
inv.add("widget", 2.5, 10)
inv.add("gadget", 12.99, 3)
inv.add("widget", 2.5, 5)
print(len(inv), "widget" in inv, "doohickey" in inv)
print(list(inv))
print("cost:", inv.take("gadget", 2))
print(f"value: ${inv.value():,.2f}")
try:
    inv.take("gadget", 5)
except OutOfStock as e:
    print("error:", e, "| item =", e.item, "| args =", e.args)
try:
    inv.take("sprocket", 1)
except KeyError as e:
    print("missing", e)
it = Item("x", 1)
try:
    it.color = "red"
except AttributeError as e:
    print(e)
inv.take("widget", 99)

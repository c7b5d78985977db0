# Calling a method with the wrong pluralisation
class Inventory:
    def __init__(self):
        self.items = {}

    def add_item(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty

inv = Inventory()
inv.add_item("bolt", 3)
inv.add_items("nut", 2)

# __init__ appends to a list it has not created yet.
class Inventory:
    def __init__(self, *names):
        for name in names:
            self.items.append(name)
        self.items = []

inv = Inventory("pen", "ink")
print(inv.items)

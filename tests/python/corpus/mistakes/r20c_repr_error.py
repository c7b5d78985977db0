# error inside __repr__ when printing a list
class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Item(" + self.nam + ")"

items = [Item("a")]
print(len(items))
print(items)

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Item({self!r})"

print([Item("a")])

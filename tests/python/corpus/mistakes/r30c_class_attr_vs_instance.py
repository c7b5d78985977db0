# A list defined at class level shared by every instance, then a typo.
class Cart:
    items = []

    def add(self, item):
        self.items.append(item)

a, b = Cart(), Cart()
a.add("apple")
b.add("pear")
print(a.items, b.items, a.items is Cart.items)
a.itmes = ["reset"]
print(a.items)
print(Cart.itmes)

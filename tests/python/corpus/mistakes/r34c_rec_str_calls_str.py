# A __str__ that formats the object with an f-string of itself
class Order:
    def __init__(self, number):
        self.number = number

    def __str__(self):
        return f"Order {self}"

    def __repr__(self):
        return f"Order({self.number})"

o = Order(17)
print(repr(o))
print(o)

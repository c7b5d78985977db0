# An exception class whose __init__ does not pass the message on
class OutOfStock(Exception):
    def __init__(self, item):
        self.item = item

def buy(item):
    raise OutOfStock(item)

try:
    buy("tea")
except OutOfStock as e:
    print("args:", e.args, "item:", e.item)
buy("cake")

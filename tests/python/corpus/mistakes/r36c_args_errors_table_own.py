# a table of wrong calls to my own functions, to learn the messages
import asyncio, functools
from dataclasses import dataclass

def outer():
    def inner(a, *, key):
        return a
    return inner

class Shop:
    def buy(self, item, qty=1, /, *, coupon=None): ...
    @classmethod
    def open(cls, hour): ...
    @staticmethod
    def tax(price, rate): ...

@dataclass
class Item:
    name: str
    price: float = 0.0

async def fetch(url, *, retries): ...

calls = [lambda: outer()(1), lambda: outer()(1, 2, key=3), lambda: outer()(key=1),
         lambda: Shop().buy(), lambda: Shop().buy("x", 2, 3), lambda: Shop().buy(item="x"),
         lambda: Shop().buy("x", coupn=1), lambda: Shop.open(), lambda: Shop().tax(1),
         lambda: Shop.buy("x"), lambda: Item(), lambda: Item("a", 1, 2), lambda: Item(nam="a"),
         lambda: fetch("u"), lambda: fetch("u", 3, retries=1), lambda: (lambda x, y: 0)(1),
         lambda: functools.partial(Shop.tax, 1, 2)(3), lambda: Item("a", name="b")]
for c in calls:
    try:
        r = c()
        print("ok", type(r).__name__)
        if asyncio.iscoroutine(r):
            r.close()
    except TypeError as e:
        print(e)

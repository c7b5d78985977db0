# A class with async methods, an async classmethod constructor and an async property-like method
import asyncio


class Inventory:
    def __init__(self, items):
        self.items = items

    @classmethod
    async def load(cls, source):
        await asyncio.sleep(0.01)
        return cls(dict(source))

    async def reserve(self, name, n):
        await asyncio.sleep(0.01)
        if self.items.get(name, 0) < n:
            raise LookupError(f"not enough {name}: have {self.items.get(name, 0)}, want {n}")
        self.items[name] -= n
        return n

    @staticmethod
    async def ping():
        return "pong"

    def __repr__(self):
        return f"Inventory({self.items})"


async def main():
    inv = await Inventory.load([("bolt", 10), ("nut", 3)])
    print(inv, await Inventory.ping(), await inv.ping())
    print(await inv.reserve("bolt", 4), inv)
    results = await asyncio.gather(inv.reserve("nut", 2), inv.reserve("nut", 2), return_exceptions=True)
    print(results, inv)
    print(type(inv.reserve).__name__, asyncio.iscoroutinefunction(Inventory.load))
    await inv.reserve("gear", 1)


asyncio.run(main())

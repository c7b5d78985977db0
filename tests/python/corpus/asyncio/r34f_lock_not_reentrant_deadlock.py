# asyncio.Lock is not reentrant: a method that re-acquires it deadlocks (caught with a timeout).
import asyncio

class Inventory:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.items = {}

    async def add(self, name, n):
        async with self.lock:
            self.items[name] = self.items.get(name, 0) + n

    async def restock(self, names):
        async with self.lock:
            for name in names:
                await self.add(name, 10)

async def main():
    inv = Inventory()
    await inv.add("apple", 1)
    print(inv.items)
    try:
        await asyncio.wait_for(inv.restock(["apple", "pear"]), timeout=0.1)
    except asyncio.TimeoutError:
        print("restock deadlocked on its own lock")
    print(inv.items, "locked after timeout:", inv.lock.locked())

asyncio.run(main())

# A dataclass service holding an asyncio.Lock and a Queue via default_factory, with __post_init__
import asyncio
from dataclasses import dataclass, field

@dataclass
class Inventory:
    name: str
    stock: dict = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)
    events: asyncio.Queue = field(default_factory=asyncio.Queue, repr=False, compare=False)

    def __post_init__(self):
        self.name = self.name.title()

    async def reserve(self, item, n):
        async with self.lock:
            have = self.stock.get(item, 0)
            await asyncio.sleep(0.005)
            if have < n:
                await self.events.put(f"short {item}: wanted {n}, had {have}")
                return False
            self.stock[item] = have - n
            await self.events.put(f"reserved {n} {item}")
            return True

async def main():
    inv = Inventory("main store", {"apple": 5, "pear": 1})
    res = await asyncio.gather(inv.reserve("apple", 3), inv.reserve("apple", 3), inv.reserve("pear", 1))
    print(res, inv)
    while not inv.events.empty():
        print(" ", inv.events.get_nowait())
    print(inv == Inventory("Main Store", {"apple": 2, "pear": 0}))

asyncio.run(main())

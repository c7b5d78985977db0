# asyncio with dataclasses: processing orders
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Order:
    priority: int
    id: int = field(compare=False)
    items: list = field(default_factory=list, compare=False)
    status: str = field(default="new", compare=False)

    @property
    def total(self):
        return sum(price for _, price in self.items)

async def process(order: Order):
    order.status = "processing"
    await asyncio.sleep(0.1 * order.priority)
    order.status = "shipped"
    print(f"shipped #{order.id} total={order.total:.2f}")
    return order

async def main():
    orders = [
        Order(3, 101, [("book", 12.5), ("pen", 1.25)]),
        Order(1, 102, [("laptop", 999.99)]),
        Order(2, 103),
    ]
    print(sorted(orders)[0])
    pq = asyncio.PriorityQueue()
    for o in orders:
        pq.put_nowait(o)
    first = await pq.get()
    print("highest priority:", first.id)
    done = await asyncio.gather(*(process(o) for o in orders))
    print([o.status for o in done])
    print(done[1] == Order(1, 999), done[0] > done[2])

asyncio.run(main())

# LifoQueue: the numbers come back out in reverse, so the factorials print biggest first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for n in range(1, 7):
        q.put_nowait(n)
    print("size:", q.qsize(), "str:", str(q).split(" at ")[0] if " at " in str(q) else str(q))
    fact = {0: 1}
    order = []
    while not q.empty():
        n = await q.get()
        order.append(n)
        await asyncio.sleep(0.005)
    for n in sorted(order):
        fact[n] = fact[n - 1] * n
    print("pop order:", order)
    print({n: fact[n] for n in order})


asyncio.run(main())

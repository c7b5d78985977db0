# A message dispatcher task using structural pattern matching on dicts from a queue.
import asyncio

async def dispatcher(q):
    balances = {}
    while True:
        msg = await q.get()
        match msg:
            case {"type": "deposit", "user": str(u), "amount": int(a)} if a > 0:
                balances[u] = balances.get(u, 0) + a
            case {"type": "withdraw", "user": u, "amount": a} if balances.get(u, 0) >= a:
                balances[u] -= a
            case {"type": "withdraw", "user": u}:
                print(f"insufficient funds for {u}")
            case {"type": "stop"}:
                return balances
            case other:
                print("unknown message:", other)

async def main():
    q = asyncio.Queue()
    task = asyncio.create_task(dispatcher(q))
    for m in [{"type": "deposit", "user": "ann", "amount": 50},
              {"type": "withdraw", "user": "ann", "amount": 80},
              {"type": "deposit", "user": "bob", "amount": -5},
              {"type": "withdraw", "user": "ann", "amount": 20},
              {"type": "stop"}]:
        await q.put(m)
        await asyncio.sleep(0)
    print(await task)

asyncio.run(main())

# call_at with deadlines computed from loop.time(), scheduled out of order
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    order = []
    done = loop.create_future()
    for label, offset in [("c", 0.3), ("a", 0.1), ("b", 0.2)]:
        loop.call_at(now + offset, order.append, label)
    loop.call_at(now + 0.4, done.set_result, None)
    await done
    print(order)
    print("loop.time advanced:", loop.time() - now >= 0.4)

asyncio.run(main())

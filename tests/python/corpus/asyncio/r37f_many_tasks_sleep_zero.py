# Stress: 2000 tasks each yielding five times with sleep(0); counting how the loop interleaves them
import asyncio

switches = 0
order = []

async def tiny(i):
    global switches
    for step in range(5):
        await asyncio.sleep(0)
        switches += 1
        if i < 2:
            order.append((i, step))
    return i

async def main():
    res = await asyncio.gather(*(tiny(i) for i in range(2000)))
    print(len(res), sum(res), switches)
    print(order)

asyncio.run(main())

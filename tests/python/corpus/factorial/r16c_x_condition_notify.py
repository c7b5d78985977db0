# An asyncio.Condition: waiters compute their factorial once notified in turn
import asyncio

async def waiter(cond, n, order):
    async with cond:
        await cond.wait_for(lambda: order and order[0] == n)
        order.pop(0)
        f = 1
        for i in range(2, n + 1):
            f *= i
        print(f'{n}! = {f}')
        cond.notify_all()

async def main():
    cond = asyncio.Condition()
    order = []
    tasks = [asyncio.create_task(waiter(cond, n, order)) for n in (5, 3, 4)]
    await asyncio.sleep(0.1)
    async with cond:
        order.extend([4, 5, 3])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print('order left:', order)

asyncio.run(main())

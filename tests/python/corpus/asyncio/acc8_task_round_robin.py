# Three tasks that yield with sleep(0) take turns in creation order.
import asyncio

async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, 'finished')

async def main():
    tasks = [asyncio.create_task(counter(c, k)) for c, k in (('a', 3), ('b', 1), ('c', 2))]
    print('main created tasks')
    await asyncio.gather(*tasks)
    print('main done')

asyncio.run(main())

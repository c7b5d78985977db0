# gather of gathers: two teams of workers
import asyncio

async def worker(team, n):
    await asyncio.sleep(0.01 * n)
    return f'{team}{n}'

async def team(name, size):
    res = await asyncio.gather(*(worker(name, i) for i in range(1, size + 1)))
    print('team', name, 'finished:', res)
    return res

async def main():
    a, b = await asyncio.gather(team('red', 2), team('blue', 4))
    print(a + b)
    print(len(a), len(b))

asyncio.run(main())

# Tasks that create and await tasks of their own; the order the loop runs them in.
import asyncio

async def leaf(name, delay):
    print(f'  leaf {name} starts')
    await asyncio.sleep(delay)
    print(f'  leaf {name} ends')
    return name

async def branch(name, delays):
    print(f'branch {name} starts')
    tasks = [asyncio.create_task(leaf(f'{name}{i}', d)) for i, d in enumerate(delays)]
    print(f'branch {name} created {len(tasks)} leaves')
    results = await asyncio.gather(*tasks)
    print(f'branch {name} ends with {results}')
    return results

async def main():
    a = asyncio.create_task(branch('a', [0.3, 0.2]))
    b = asyncio.create_task(branch('b', [0.1]))
    print('main created both branches')
    print(await asyncio.gather(a, b))
    print('tasks left:', len(asyncio.all_tasks()))

asyncio.run(main())

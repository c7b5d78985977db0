# Factorial exercise: named tasks print their own name at each step via current_task().
import asyncio

async def factorial(n):
    me = asyncio.current_task().get_name()
    acc = 1
    for k in range(n, 0, -1):
        acc *= k
        print(f'[{me}] step {k}: {acc}')
        await asyncio.sleep(0.01)
    return acc

async def main():
    tasks = [asyncio.create_task(factorial(n), name=f'fact({n})') for n in (3, 2)]
    tasks.append(asyncio.create_task(factorial(1)))
    print([t.get_name() for t in tasks])
    print(await asyncio.gather(*tasks))

asyncio.run(main())

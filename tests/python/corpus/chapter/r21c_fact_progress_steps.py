# The exercise printing each multiplication step as the tasks interleave.
import asyncio

async def factorial(name, n):
    r = 1
    for i in range(1, n + 1):
        r *= i
        print(f'{name}: step {i} -> {r}')
        await asyncio.sleep(0.1)
    return r

async def main():
    res = await asyncio.gather(factorial('A', 3), factorial('B', 2))
    print(res)

asyncio.run(main())

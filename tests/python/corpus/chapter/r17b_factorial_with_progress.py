# The exercise printing each step of each factorial, interleaved by the sleeps
import asyncio

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        print(f'Task {name}: Compute factorial({i})...')
        await asyncio.sleep(0.1)
        f *= i
    print(f'Task {name}: factorial({n}) = {f}')
    return f

async def main():
    results = await asyncio.gather(factorial('A', 2), factorial('B', 3), factorial('C', 4))
    print(results)

asyncio.run(main())

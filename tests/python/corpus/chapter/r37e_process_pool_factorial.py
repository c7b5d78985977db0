# big factorials are CPU work, so I sent them to a ProcessPoolExecutor
import asyncio
import math
from concurrent.futures import ProcessPoolExecutor

def digits_of_factorial(n):
    return n, len(str(math.factorial(n)))

async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, digits_of_factorial, n) for n in (100, 500, 1000)))
    for n, d in results:
        print(f'{n}! has {d} digits')

if __name__ == '__main__':
    asyncio.run(main())

import asyncio
import math
from concurrent.futures import ThreadPoolExecutor, as_completed

async def factorial(n):
    await asyncio.sleep(0.1 * n)
    return math.factorial(n)

def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(math.factorial, [5, 7, 3, 6])))
        futs = {ex.submit(math.factorial, n): n for n in [4, 8]}
        print(sorted((futs[f], f.result()) for f in as_completed(futs)))

    async def both():
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor() as pool:
            a = loop.run_in_executor(pool, math.factorial, 10)
            b = factorial(4)
            return await asyncio.gather(a, b)
    print(asyncio.run(both()))

main()

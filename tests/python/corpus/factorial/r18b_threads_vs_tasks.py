import asyncio
import threading
import math
from concurrent.futures import ThreadPoolExecutor

results = {}

def worker(n):
    results[n] = math.factorial(n)

async def factorial(n):
    await asyncio.sleep(0.1 * n)
    return math.factorial(n)

def main():
    threads = [threading.Thread(target=worker, args=(n,), name=f"t{n}") for n in [5, 7, 3, 6]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(results.items()))
    with ThreadPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(math.factorial, [5, 7, 3, 6])))

    async def both():
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor() as pool:
            a = loop.run_in_executor(pool, math.factorial, 10)
            b = factorial(4)
            return await asyncio.gather(a, b)
    print(asyncio.run(both()))

main()

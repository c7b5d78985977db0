# Offload CPU-bound work to a ProcessPoolExecutor with run_in_executor, as tutorials suggest.
import asyncio
from concurrent.futures import ProcessPoolExecutor

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, fib, n) for n in (10, 15, 20)))
    print(results)

if __name__ == "__main__":
    asyncio.run(main())

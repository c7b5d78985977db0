# a return inside finally in the worker silently eats the error
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(0.01)
        return 10 // n
    finally:
        print(f'worker({n}) cleanup')
        if n == 0:
            return 'swallowed'

async def main():
    print(await asyncio.gather(worker(2), worker(0)))

asyncio.run(main())

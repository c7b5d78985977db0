# A helper that forgot to return its coroutine, gathered.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

def make(n):
    job(n)

async def main():
    print(await asyncio.gather(*[make(n) for n in range(2)]))

asyncio.run(main())

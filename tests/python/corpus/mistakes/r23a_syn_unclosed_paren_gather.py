import asyncio

async def job(n):
    return n

async def main():
    results = await asyncio.gather(job(1), job(2)
    print(results)

asyncio.run(main())

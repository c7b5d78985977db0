# Unpacking the results of gather with a lone starred target
import asyncio

async def job(i):
    return i

async def main():
    *rest = await asyncio.gather(job(1), job(2))
    print(rest)

asyncio.run(main())

# An unclosed parenthesis in a gather call, spotted much later.
import asyncio

async def work(i):
    await asyncio.sleep(0.01 * i)
    return i

async def main():
    results = await asyncio.gather(work(1), work(2), work(3)
    print(results)
    total = sum(results)
    print("total", total)

asyncio.run(main())

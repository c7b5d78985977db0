# In 3.11 asyncio.wait refuses bare coroutines
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    done, _ = await asyncio.wait([asyncio.ensure_future(job(1))])
    print([t.result() for t in done])
    done, _ = await asyncio.wait([job(2), job(3)])
    print(len(done))

asyncio.run(main())

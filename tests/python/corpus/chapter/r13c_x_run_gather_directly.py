import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def both():
    return await asyncio.gather(worker(1), worker(2))

print(asyncio.run(asyncio.sleep(0.01, 'slept')))
print(asyncio.run(asyncio.wait_for(worker(3), 1)))
print(asyncio.run(both()))
print(asyncio.run(asyncio.gather(worker(1), worker(2))))

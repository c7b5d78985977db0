# one long sleep against two half sleeps ending at the same nominal time
import asyncio

log = []

async def one(name, d):
    await asyncio.sleep(d)
    log.append(name)

async def halves(name, d):
    await asyncio.sleep(d / 2)
    await asyncio.sleep(d / 2)
    log.append(name)

async def main():
    await asyncio.gather(halves('halves-first', 0.2), one('one', 0.2))
    await asyncio.gather(one('x', 0.1), one('y', 0.1), one('z', 0.1))
    await asyncio.gather(halves('h', 0.3), one('o', 0.3))
    print(log)

asyncio.run(main())

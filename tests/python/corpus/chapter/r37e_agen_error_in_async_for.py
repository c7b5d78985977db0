# an async generator of readings fails halfway through my async for loop
import asyncio

async def readings():
    for raw in ['10', '20', 'x30', '40']:
        await asyncio.sleep(0.01)
        yield int(raw)

async def main():
    total = 0
    async for r in readings():
        total += r
        print('reading', r, 'total', total)

asyncio.run(main())

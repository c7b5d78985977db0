import asyncio

async def read_sensor(i):
    await asyncio.sleep(0.01)
    return i * 1.5

async def main():
    readings = await asyncio.gather(*(read_sensor(i) for i in range(3)))
    i = 0
    while i <= len(readings):
        print("reading", i, readings[i])
        i += 1

asyncio.run(main())

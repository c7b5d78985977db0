# the worker's except block has its own bug, so two tracebacks get chained
import asyncio

async def worker(data):
    await asyncio.sleep(0.01)
    try:
        return int(data)
    except ValueError:
        print('bad data: ' + data + 1)

async def main():
    print(await asyncio.gather(worker('5'), worker('five')))

asyncio.run(main())

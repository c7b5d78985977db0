# summing the gathered results with a long expression split over lines; one worker returned None
import asyncio

async def worker(n):
    await asyncio.sleep(0.02)
    if n != 2:
        return n * 10

async def do_something():
    results = await asyncio.gather(
        worker(1),
        worker(2),
        worker(3),
    )
    total = (results[0] +
             results[1] +
             results[2])
    print('total', total)

asyncio.run(do_something())

# test_tasks: as_completed yields in finishing order and raises TimeoutError for the rest
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    got = []
    try:
        for fut in asyncio.as_completed([job(0.3), job(0.1), job(2), job(0.2)], timeout=0.5):
            got.append(await fut)
    except asyncio.TimeoutError:
        print('TimeoutError after', got)

asyncio.run(main())

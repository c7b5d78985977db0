# as_completed with a timeout: results that arrive in time, then TimeoutError for the rest.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    try:
        for fut in asyncio.as_completed([job(0.3), job(0.01), job(0.02)], timeout=0.1):
            print('got', await fut)
    except asyncio.TimeoutError:
        print('TimeoutError from as_completed')

asyncio.run(main())

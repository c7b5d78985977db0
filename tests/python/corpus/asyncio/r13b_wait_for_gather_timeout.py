import asyncio

async def job(i):
    try:
        await asyncio.sleep(0.02 * i)
        return i
    except asyncio.CancelledError:
        print("job", i, "cancelled")
        raise

async def main():
    try:
        res = await asyncio.wait_for(asyncio.gather(*(job(i) for i in range(1, 5))), timeout=0.05)
        print(res)
    except asyncio.TimeoutError:
        print("gather timed out")
    res = await asyncio.wait_for(asyncio.gather(*(job(i) for i in range(1, 3))), timeout=1)
    print(res)

asyncio.run(main())

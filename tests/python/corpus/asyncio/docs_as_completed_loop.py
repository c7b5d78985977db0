import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    return n * n

async def main():
    aws = [work(n) for n in (5, 1, 3)]
    for coro in asyncio.as_completed(aws):
        earliest_result = await coro
        print(earliest_result)
    try:
        for coro in asyncio.as_completed([work(9)], timeout=0.3):
            await coro
    except TimeoutError:
        print("as_completed timed out")

asyncio.run(main())

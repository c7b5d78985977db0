import asyncio


async def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("resetting because", e)
            total, count, average = 0.0, 0, None
            continue
        total += value
        count += 1
        average = total / count


async def main():
    avg = averager()
    await avg.asend(None)
    for v in [10, 20, 60]:
        print("average:", await avg.asend(v))
    print("after throw:", await avg.athrow(ValueError("new series")))
    print("average:", await avg.asend(5))
    await avg.aclose()
    try:
        await avg.asend(1)
    except StopAsyncIteration:
        print("generator is closed")


asyncio.run(main())

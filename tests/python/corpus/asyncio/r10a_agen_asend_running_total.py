import asyncio

async def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
        await asyncio.sleep(0)

async def main():
    g = averager()
    print(await g.asend(None))
    for v in [10, 20, 30, 5]:
        print(await g.asend(v))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('finished')

asyncio.run(main())

# An async generator "coroutine" for a running average, driven with asend().
import asyncio

async def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        await asyncio.sleep(0)
        total += value
        count += 1
        average = total / count

async def main():
    avg = averager()
    print(await avg.asend(None))
    for v in [10, 20, 0, 50]:
        print(f"sent {v}, average {await avg.asend(v):.2f}")
    try:
        await avg.asend(None)
    except StopAsyncIteration:
        print("averager finished")
    try:
        await averager().asend(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())

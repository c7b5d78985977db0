# A running average as an async generator driven with asend(), primed with anext()
import asyncio

async def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        await asyncio.sleep(0)
        total += value
        count += 1
        avg = total / count

async def main():
    avg = averager()
    print("primed:", await anext(avg))
    for v in (10, 20, 0, 50):
        print(f"sent {v:>2} -> average {await avg.asend(v):.2f}")
    try:
        await avg.asend(None)
    except StopAsyncIteration:
        print("generator finished")
    try:
        await avg.asend(1)
    except StopAsyncIteration:
        print("still finished")
    fresh = averager()
    try:
        await fresh.asend(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())

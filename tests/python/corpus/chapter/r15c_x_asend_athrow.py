# driving an async generator by hand: asend, athrow and aclose
import asyncio

async def accumulator():
    total = 1
    try:
        while True:
            k = yield total
            await asyncio.sleep(0)
            if k is not None:
                total *= k
    except ValueError as e:
        print("generator got", repr(e))
        yield -1
    finally:
        print("finally, total =", total)

async def main():
    gen = accumulator()
    print(await gen.asend(None))
    for k in range(2, 6):
        print(await gen.asend(k))
    print(await gen.athrow(ValueError("stop")))
    await gen.aclose()
    try:
        await gen.asend(7)
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())

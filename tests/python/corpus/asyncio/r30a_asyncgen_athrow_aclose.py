# asend, athrow and aclose driving an async generator by hand
import asyncio

async def accumulator():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("generator saw", repr(e))
                x = 0
            total += x or 0
    finally:
        print("closing with total", total)

async def main():
    g = accumulator()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(10))
    print(await g.athrow(ValueError("oops")))
    await g.aclose()
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    print(g.ag_running, g.__name__)

asyncio.run(main())

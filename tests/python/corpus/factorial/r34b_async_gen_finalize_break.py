# Breaking out of an async for over an async generator: when does its finally run?
import asyncio


async def factorial_stream(limit):
    f = 1
    try:
        for n in range(1, limit + 1):
            f *= n
            await asyncio.sleep(0.01)
            yield n, f
    finally:
        print("stream closed at n =", n)


async def main():
    gen = factorial_stream(10)
    async for n, f in gen:
        print(n, f)
        if f > 100:
            break
    print("after loop")
    await gen.aclose()
    print("explicitly closed")
    other = factorial_stream(4)
    print(await other.__anext__())
    print("main ends with other still open")


asyncio.run(main())
print("after asyncio.run")

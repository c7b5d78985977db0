# Breaking out of an async for over an async generator of factorials; its finally runs.
import asyncio


async def factorials(limit):
    n, f = 0, 1
    try:
        while n <= limit:
            yield n, f
            n += 1
            f *= n
            await asyncio.sleep(0.01)
    finally:
        print(f"generator closed at n={n}")


async def main():
    gen = factorials(20)
    async for n, f in gen:
        if f > 1000:
            print(f"first factorial over 1000: {n}! = {f}")
            break
    await gen.aclose()
    async for n, f in factorials(3):
        print(n, f)
    print("end")


asyncio.run(main())

# I stop reading the factorial async generator early; its finally block runs when asyncio.run shuts down.
import asyncio


async def factorials():
    n, f = 0, 1
    try:
        while True:
            yield n, f
            await asyncio.sleep(0.01)
            n += 1
            f *= n
    finally:
        print(f"generator cleaned up at n={n}")


async def main():
    gen = factorials()
    async for n, f in gen:
        print(n, f)
        if f > 100:
            break
    print("main returning")


asyncio.run(main())
print("after asyncio.run")

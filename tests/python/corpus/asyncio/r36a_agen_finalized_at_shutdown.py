# An async generator left half-way through is closed by asyncio.run during shutdown; its finally prints
import asyncio


async def numbers():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers() finally, running loop:", asyncio.get_running_loop() is not None)


keep = []


async def main():
    gen = numbers()
    keep.append(gen)
    async for n in gen:
        if n == 2:
            break
    print("main returns after", n)


asyncio.run(main())
print("after run")

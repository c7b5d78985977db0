# asyncio.timeout: code after the with block runs, and expired() tells why
import asyncio

async def step(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)

async def main():
    done = []
    try:
        async with asyncio.timeout(0.5) as cm:
            for name, delay in [("one", 0.1), ("two", 0.1), ("three", 1.0)]:
                await step(name, delay)
                done.append(name)
    except TimeoutError as e:
        print("TimeoutError caught:", repr(e), e.__cause__ is None, type(e.__context__).__name__)
    print("done:", done, "expired:", cm.expired())

asyncio.run(main())

# athrow into an async generator that doesn't handle it: traceback through the generator
import asyncio

async def stream():
    n = 0
    while True:
        n += 1
        yield n

async def main():
    s = stream()
    print(await s.asend(None))
    print(await s.asend(None))
    await s.athrow(PermissionError("stop streaming"))

asyncio.run(main())

# Incrementing a module-level counter from inside a coroutine
import asyncio

requests_seen = 0

async def handle(i):
    await asyncio.sleep(0.01)
    requests_seen += 1
    return i

async def main():
    await asyncio.gather(*(handle(i) for i in range(3)))
    print(requests_seen)

asyncio.run(main())

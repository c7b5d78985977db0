# sending a first value into an async generator before it started
import asyncio

async def echo():
    while True:
        received = yield
        print("echo", received)

async def main():
    g = echo()
    await g.asend("hello")

asyncio.run(main())

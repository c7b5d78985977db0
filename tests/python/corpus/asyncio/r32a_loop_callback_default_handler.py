# The default handler's log output for an exception in a callback
import asyncio

def on_tick(n):
    print("tick", n)
    return 10 / n

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(on_tick, 1)
    loop.call_soon(on_tick, 0)
    loop.call_soon(on_tick, 2)
    await asyncio.sleep(0.01)
    print("main continues")

asyncio.run(main())

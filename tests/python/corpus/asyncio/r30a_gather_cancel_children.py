# Cancelling the gather future cancels every child that is still running
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 0.5), child("c", 0.6))
    await asyncio.sleep(0.1)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(g.cancelled(), g.done())

asyncio.run(main())

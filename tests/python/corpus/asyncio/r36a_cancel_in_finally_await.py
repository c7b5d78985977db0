# A task cancelled during cleanup in its finally block: the second cancel interrupts the cleanup
import asyncio


async def job():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup starts")
        try:
            await asyncio.sleep(0.5)
            print("cleanup finished")
        except asyncio.CancelledError:
            print("cleanup interrupted")
            raise


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.02)
    t.cancel("first")
    await asyncio.sleep(0.02)
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting t:", e.args)


asyncio.run(main())

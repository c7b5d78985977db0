# Mistake: a worker catches CancelledError and carries on, so asyncio.timeout cannot stop it in time.
import asyncio

async def worker():
    for step in range(3):
        try:
            await asyncio.sleep(0.2)
            print("step", step)
        except asyncio.CancelledError:
            print("ignoring cancel at step", step)

async def main():
    try:
        async with asyncio.timeout(0.3):
            await worker()
        print("worker finished inside the timeout block")
    except TimeoutError:
        print("timed out")

asyncio.run(main())

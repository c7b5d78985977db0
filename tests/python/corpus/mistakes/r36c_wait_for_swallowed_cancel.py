# the worker catches cancellation and returns what it has; wait_for times it out
import asyncio

async def worker():
    done = []
    try:
        for i in range(10):
            await asyncio.sleep(0.2)
            done.append(i)
    except asyncio.CancelledError:
        print("worker cancelled after", len(done))
        return done
    return done

async def main():
    try:
        result = await asyncio.wait_for(worker(), timeout=0.5)
        print("result:", result)
    except TimeoutError:
        print("timed out")

asyncio.run(main())

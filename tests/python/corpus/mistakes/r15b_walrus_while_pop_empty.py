# Mistake: a while loop with a walrus pops from a list until it is empty, once too often.
import asyncio

queue = ["a", "b", "c"]

async def main():
    while (job := queue.pop()) is not None:
        await asyncio.sleep(0.01)
        print("done", job)

asyncio.run(main())

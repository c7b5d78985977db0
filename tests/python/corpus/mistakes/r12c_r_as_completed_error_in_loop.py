# as_completed where the second result to finish is an error.
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    if name == "B":
        raise RuntimeError(f"worker {name} crashed")
    return name

async def main():
    coros = [worker("A", 0.01), worker("B", 0.02), worker("C", 0.03)]
    for fut in asyncio.as_completed(coros):
        print("finished", await fut)

asyncio.run(main())

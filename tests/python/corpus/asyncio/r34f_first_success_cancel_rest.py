# Return the first *successful* result among mirrors with as_completed; cancel the rest.
import asyncio

async def mirror(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise OSError(f"{name} unreachable")
    return f"data from {name}"

async def first_success(coros):
    tasks = [asyncio.create_task(c) for c in coros]
    try:
        for fut in asyncio.as_completed(tasks):
            try:
                return await fut
            except OSError as e:
                print("skip:", e)
        raise OSError("every mirror failed")
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        print("cancelled:", sum(t.cancelled() for t in tasks))

async def main():
    print(await first_success([mirror("eu", 0.01, True), mirror("us", 0.15, False), mirror("asia", 0.4, False)]))
    print(await first_success([mirror("a", 0.01, True), mirror("b", 0.15, True)]))

asyncio.run(main())

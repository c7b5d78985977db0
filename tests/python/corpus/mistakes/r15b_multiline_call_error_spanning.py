# Mistake: a call spread over several lines fails in one argument; the traceback shows the first line only.
import asyncio

async def report(name, count, average):
    await asyncio.sleep(0.01)
    print(f"{name}: {count} items, {average:.2f} each")

async def main():
    items = {"apples": [3, 4], "pears": []}
    for name, sizes in items.items():
        await report(
            name,
            len(sizes),
            sum(sizes) / len(sizes),
        )

asyncio.run(main())

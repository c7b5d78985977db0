# A common Stack Overflow mistake: looking up as_completed's results in a dict of the original tasks
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()

async def main():
    tasks = {asyncio.create_task(fetch(n, d)): n for n, d in [("a", 0.2), ("b", 0.05), ("c", 0.1)]}
    for fut in asyncio.as_completed(tasks):
        try:
            name = tasks[fut]
        except KeyError:
            print("not one of my tasks:", type(fut).__name__, asyncio.iscoroutine(fut))
            name = "?"
        print(name, await fut)
    print("the fix: a wrapper that returns the name with the result")
    async def named(n, t):
        return n, await t
    pairs = [await fut for fut in asyncio.as_completed([named(n, t) for t, n in tasks.items()])]
    print(sorted(pairs))

asyncio.run(main())

# Mistakes with await: awaiting a generator, a list of coroutines, and an int.
import asyncio

def numbers():
    yield 1

async def work():
    return "work"

async def main():
    for label, make in [("generator", numbers), ("list", lambda: [work()]), ("int", lambda: 5)]:
        obj = make()
        try:
            await obj
        except TypeError as e:
            print(f"{label}: TypeError: {e}")
        if isinstance(obj, list):
            for c in obj:
                print("  closing the coroutine:", await c)

asyncio.run(main())

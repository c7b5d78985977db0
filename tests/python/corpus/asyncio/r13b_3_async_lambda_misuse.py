import asyncio

async def main():
    handlers = {"a": lambda: asyncio.sleep(0.01, "A"), "b": lambda: asyncio.sleep(0, "B")}
    for key in sorted(handlers):
        print(key, await handlers[key]())
    bad = lambda: 5
    try:
        await bad()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())

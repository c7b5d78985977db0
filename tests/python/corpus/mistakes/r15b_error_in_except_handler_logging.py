# Mistake: the except block's own message formatting fails, while handling a KeyError.
import asyncio

async def lookup(table, key):
    await asyncio.sleep(0.01)
    try:
        return table[key]
    except KeyError:
        print("missing key: " + key + " in table of " + len(table) + " entries")
        return None

async def main():
    print(await lookup({"a": 1}, "a"))
    print(await lookup({"a": 1}, "b"))

asyncio.run(main())

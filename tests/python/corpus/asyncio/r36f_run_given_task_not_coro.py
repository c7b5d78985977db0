# Mistake: passing plain values (not a coroutine) to asyncio.run.
import asyncio

async def main():
    await asyncio.sleep(0.01)
    return "ok"

for bad in (42, None, [1]):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(asyncio.run(main()))
asyncio.run("main()")

# A task keeps the exception it caught in a local; a coroutine it made is never awaited.
import asyncio

async def audit(entry):
    await asyncio.sleep(0)

async def handler(entry):
    pending = audit(entry)
    try:
        return entry["id"]
    except KeyError as e:
        error = e
        return None

async def main():
    print(await handler({"id": 3}))
    print(await handler({}))
    print("handlers done")

asyncio.run(main())
print("end")

# asyncio.wait with an empty set and with a bad return_when value
import asyncio

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(asyncio.sleep(0.01))
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    await t

asyncio.run(main())

# asyncio.wait of nothing, and with a misspelt return_when.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(job())
    await asyncio.wait([t], return_when="FIRST")

asyncio.run(main())

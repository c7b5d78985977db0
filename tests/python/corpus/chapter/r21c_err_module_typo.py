# asyncio.sleeps and asyncio.create_tasks misspelt.
import asyncio

async def main():
    try:
        await asyncio.sleeps(0.1)
    except AttributeError as e:
        print(e)
    await asyncio.slep(0.1)

asyncio.run(main())

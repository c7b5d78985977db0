# except without a colon, after a try around an await.
import asyncio

async def main():
    try:
        await asyncio.sleep(0.1)
        print(1 / 0)
    except ZeroDivisionError as e
        print("caught", e)

asyncio.run(main())

# A try statement whose body was never indented.
import asyncio

async def main():
    try:
    await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())

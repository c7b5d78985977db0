# my editor mixed up the indent width inside main
import asyncio

async def main():
        print("start")
        await asyncio.sleep(0.01)
    print("end")

asyncio.run(main())

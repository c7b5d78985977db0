# a status line built with an f-string that I closed with the wrong quote
import asyncio

async def main():
    done, total = 3, 5
    print(f"progress: {done}/{total}')
    await asyncio.sleep(0.01)

asyncio.run(main())

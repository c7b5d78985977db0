# An exception in an executor function surfaces at the await
import asyncio

def parse(s):
    return int(s)

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, parse, "12"))
    print(await loop.run_in_executor(None, parse, "twelve"))

asyncio.run(main())

# asyncio.to_thread for a blocking call.
import asyncio
import time

def blocking():
    time.sleep(0.1)
    return "done"

async def main():
    print(await asyncio.to_thread(blocking))

asyncio.run(main())

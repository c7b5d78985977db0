# A learner imports a misspelt name from asyncio: ImportError names the module's file
import asyncio
from asyncio import sleep, gather

async def main():
    await sleep(0.01)
    print(await gather(*(asyncio.sleep(0, result=i) for i in range(3))))

asyncio.run(main())
from asyncio import create_tasks

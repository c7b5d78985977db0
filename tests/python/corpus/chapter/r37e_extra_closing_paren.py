# one closing parenthesis too many after asyncio.sleep
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1))
    print('worker - Done it')
    return 42

asyncio.run(worker())

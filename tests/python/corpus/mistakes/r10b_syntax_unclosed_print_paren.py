# A print missing its closing parenthesis, the next line a statement.
import asyncio

async def worker():
    print('worker - will take some time'
    await asyncio.sleep(0.01)
    return 42

asyncio.run(worker())

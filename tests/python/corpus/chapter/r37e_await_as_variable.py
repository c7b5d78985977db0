# named a variable await because it holds what we wait for
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    await = worker()
    print(asyncio.run(await))

main()

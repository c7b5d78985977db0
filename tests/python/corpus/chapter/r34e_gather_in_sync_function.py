# calling asyncio.gather from plain main without a running loop
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    print('Main - Starting')
    results = asyncio.gather(worker(), worker())
    print('results:', results)

main()

# await used inside a plain def (main not made async).
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

def main():
    print('Main - Starting')
    result = await worker()
    print(result)

main()

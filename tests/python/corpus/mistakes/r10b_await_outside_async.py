# await in main() which is a plain def.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    print('Main - Starting')
    result = await worker()
    print('Main - Done', result)

main()

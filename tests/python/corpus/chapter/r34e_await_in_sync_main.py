# I tried to await the worker straight from main() without asyncio.run
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    print('Main - Starting')
    result = await worker()
    print(result)

main()

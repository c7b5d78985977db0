# tried to await in main() which isn't async
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    print('Main - Starting')
    result = await worker()
    print('Main - result', result)

if __name__ == '__main__':
    main()

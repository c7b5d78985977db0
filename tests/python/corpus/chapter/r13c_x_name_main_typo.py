import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    print('Main - Starting')
    print(asyncio.run(worker()))

if __name__ == '__main':
    main()
print('module name is', __name__)

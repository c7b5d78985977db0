# tried to create the task in main before asyncio.run
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    print('Main - Starting')
    task = asyncio.create_task(worker())
    asyncio.run(task)

if __name__ == '__main__':
    main()

# used async with for a lock in main(), which is a normal def like in the book
import asyncio

lock = asyncio.Lock()

async def worker(n):
    async with lock:
        await asyncio.sleep(0.01)
        return n

def main():
    print('Main - Starting')
    async with lock:
        print('holding the lock')
    asyncio.run(worker(1))
    print('Main - Done')

if __name__ == '__main__':
    main()

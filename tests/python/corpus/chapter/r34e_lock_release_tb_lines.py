# releasing a lock that is not held and printing where the error came from
import asyncio
import traceback

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
        tb = traceback.extract_tb(e.__traceback__)
        print(len(tb), [fs.name for fs in tb])

asyncio.run(main())

# Mistake: create_task given the coroutine function, at module level: CPython asks for the running loop first.
import asyncio


async def main():
    print('Main - Starting')
    await asyncio.sleep(0.01)
    print('Main - Done')


task = asyncio.create_task(main)
asyncio.run(task)

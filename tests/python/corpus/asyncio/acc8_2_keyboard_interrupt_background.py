# KeyboardInterrupt raised in a background task: it stops the loop, main's finally runs, the top level catches it, and at exit the task's report shows its whole way up.
import asyncio

async def watcher():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def main():
    asyncio.create_task(watcher())
    try:
        await asyncio.sleep(1)
    finally:
        print('main finally')

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('interrupted')

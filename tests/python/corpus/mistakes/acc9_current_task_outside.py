# current_task() called outside a coroutine.
import asyncio

async def main():
    print(asyncio.current_task().get_name())

asyncio.run(main())
print(asyncio.current_task())
print(asyncio.all_tasks())

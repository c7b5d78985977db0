# Task.get_stack() and print_stack() show where a task is suspended.
import asyncio
import sys

async def read_config():
    await asyncio.sleep(1)

async def start_service():
    await read_config()

async def main():
    t = asyncio.create_task(start_service(), name='service')
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()])
    t.print_stack(file=sys.stderr)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('after cancel:', t.get_stack())

asyncio.run(main())

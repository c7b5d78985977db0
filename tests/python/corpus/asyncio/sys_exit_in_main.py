import asyncio, sys

async def worker(n):
    try:
        await asyncio.sleep(n)
    finally:
        print("cleanup", n)

async def main():
    t = asyncio.create_task(worker(1))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "sys_exit_in_main.py"))
    sys.exit(3)

asyncio.run(main())

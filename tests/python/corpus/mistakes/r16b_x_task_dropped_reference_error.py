# A task's reference dropped with del: its exception is still logged at exit
import asyncio
async def f():
    raise ValueError("bad")
async def main():
    t = asyncio.create_task(f())
    await asyncio.sleep(0.01)
    del t
    print("end")
asyncio.run(main())

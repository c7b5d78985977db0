# Debug listing: each task's name and the qualified name of its coroutine (methods, nested).
import asyncio

class Service:
    async def serve(self):
        await asyncio.sleep(0.05)

    @staticmethod
    async def helper():
        await asyncio.sleep(0.05)

def make():
    async def inner_job():
        await asyncio.sleep(0.05)
    return inner_job

async def main():
    s = Service()
    asyncio.create_task(s.serve(), name="server")
    asyncio.create_task(Service.helper(), name="helper")
    asyncio.create_task(make()(), name="inner")
    asyncio.create_task(asyncio.sleep(0.05), name="sleeper")
    await asyncio.sleep(0)
    for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        coro = t.get_coro()
        print(f"{t.get_name():<8} {coro.__qualname__:<30} {coro.cr_code.co_name}")

asyncio.run(main())

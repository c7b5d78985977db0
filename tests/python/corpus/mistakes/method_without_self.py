# Mistake: a method defined without self.
import asyncio

class Worker:
    async def run():
        await asyncio.sleep(0.01)
        return 'done'

async def main():
    w = Worker()
    print(await w.run())

asyncio.run(main())

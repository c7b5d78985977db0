# An __await__ that yields something other than a Future confuses the Task
import asyncio

class Weird:
    def __await__(self):
        yield "not a future"
        return "done"

async def main():
    try:
        print(await Weird())
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    print("end")

asyncio.run(main())

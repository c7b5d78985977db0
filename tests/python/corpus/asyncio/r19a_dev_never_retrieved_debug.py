# never-retrieved exceptions in debug mode show where the task was created
import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())
    await asyncio.sleep(0.1)
    print("main continues")

asyncio.run(main(), debug=True)
print("after run")

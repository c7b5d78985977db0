# I grabbed the loop after asyncio.run to run one more coroutine on it
import asyncio

async def hello(n):
    await asyncio.sleep(0.01)
    return f"hello {n}"

async def main():
    global loop
    loop = asyncio.get_running_loop()
    return await hello(1)

print(asyncio.run(main()))
print(loop.is_closed())
print(loop.run_until_complete(hello(2)))

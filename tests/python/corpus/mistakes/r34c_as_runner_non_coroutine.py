# Giving asyncio.Runner.run what a helper returned, but the helper forgot return
import asyncio

async def hello():
    await asyncio.sleep(0.01)
    return "hello"

def make_job():
    hello()

with asyncio.Runner() as runner:
    print(runner.run(hello()))
    print(runner.run(make_job()))

# using asyncio.Runner for two phases, closing it in between
import asyncio

async def phase(n):
    await asyncio.sleep(0.01)
    return f"phase {n}"

runner = asyncio.Runner()
print(runner.run(phase(1)))
runner.close()
print(runner.run(phase(2)))

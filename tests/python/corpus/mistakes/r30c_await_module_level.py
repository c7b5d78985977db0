# Top-level await like in a notebook.
import asyncio

async def answer():
    await asyncio.sleep(0.01)
    return 42

result = await answer()
print(result)

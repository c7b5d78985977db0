# 'await' inside a plain function nested in an async one: a SyntaxError before anything runs.
import asyncio

print('never printed')

async def outer():
    def inner():
        return await asyncio.sleep(0)
    return inner

asyncio.run(outer())

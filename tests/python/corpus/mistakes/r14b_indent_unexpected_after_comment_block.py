# Mistake: a statement after a comment block is indented as if it belonged to the comment.
import asyncio

# The worker sleeps, then returns a value.
# It is run three times with gather.
    async def worker(n):
        await asyncio.sleep(0.01)
        return n


print(asyncio.run(worker(1)))

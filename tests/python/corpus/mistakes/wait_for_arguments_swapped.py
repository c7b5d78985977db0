# Mistake: wait for arguments swapped.
# (A learner's program as written, to compare with CPython 3.11.)
#
import asyncio
async def main():
    await asyncio.wait_for(1, asyncio.sleep(0))
asyncio.run(main())

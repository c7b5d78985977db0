# Mistake: syn await as name.
# (A learner's program as written, to compare with CPython 3.11.)
import asyncio
async def main():
    await = 3
asyncio.run(main())

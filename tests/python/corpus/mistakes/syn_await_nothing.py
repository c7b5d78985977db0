# Mistake: syn await nothing.
# (A learner's program as written, to compare with CPython 3.11.)
import asyncio
async def main():
    return await
asyncio.run(main())

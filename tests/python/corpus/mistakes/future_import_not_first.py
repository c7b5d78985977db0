# from __future__ after another statement: CPython's SyntaxError.
import asyncio
from __future__ import annotations

async def main() -> None:
    print("hi")

asyncio.run(main())

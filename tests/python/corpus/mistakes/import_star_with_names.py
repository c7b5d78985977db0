from asyncio import *, run

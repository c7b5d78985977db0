# asyncio.run(main) with the parentheses forgotten
import asyncio

async def main():
    print("never printed")

try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
try:
    asyncio.run(main.__name__)
except ValueError as e:
    print("ValueError:", e)

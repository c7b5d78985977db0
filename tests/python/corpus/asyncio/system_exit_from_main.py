import asyncio
async def main():
    raise SystemExit("bye from main")
try:
    asyncio.run(main())
finally:
    print("finally")

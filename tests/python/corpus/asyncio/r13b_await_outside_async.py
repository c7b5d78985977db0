import asyncio

async def fetch():
    return 1

def main():
    result = await fetch()
    print(result)

main()

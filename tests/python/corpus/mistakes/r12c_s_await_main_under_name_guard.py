# await main() written in the if __name__ block instead of asyncio.run(main()).
import asyncio

async def main():
    print("Main - Starting")
    await asyncio.sleep(0.01)
    print("Main - Done")

if __name__ == "__main__":
    await main()

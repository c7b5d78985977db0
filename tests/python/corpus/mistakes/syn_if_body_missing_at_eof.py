# The last line is an if with no body: python3 shows no caret for an error at the end of the file
import asyncio

async def main():
    print("hi")

if __name__ == "__main__":

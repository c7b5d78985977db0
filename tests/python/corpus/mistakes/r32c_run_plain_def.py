# main was written as a plain def, so asyncio.run gets its None result.
import asyncio

def main():
    print("working")
    return "done"

result = asyncio.run(main())
print(result)

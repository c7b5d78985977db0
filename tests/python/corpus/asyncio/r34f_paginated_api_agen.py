# Iterate over a paginated fake API with an async generator that follows "next" cursors.
import asyncio

PAGES = {
    None: {"items": ["a", "b"], "next": "p2"},
    "p2": {"items": ["c"], "next": "p3"},
    "p3": {"items": [], "next": "p4"},
    "p4": {"items": ["d", "e", "f"], "next": None},
}

async def get_page(cursor):
    await asyncio.sleep(0.005)
    print(f"  GET /items?cursor={cursor}")
    return PAGES[cursor]

async def all_items():
    cursor = None
    while True:
        page = await get_page(cursor)
        for item in page["items"]:
            yield item
        cursor = page["next"]
        if cursor is None:
            return

async def main():
    async for item in all_items():
        print("item", item)
    first_two = []
    async for item in all_items():
        first_two.append(item)
        if len(first_two) == 2:
            break
    print(first_two)

asyncio.run(main())

# A custom event loop policy whose new_event_loop returns a tagged loop; asyncio.run uses it
import asyncio


class TaggedLoop(asyncio.SelectorEventLoop):
    tag = "tagged"


class TaggedPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("policy making a loop")
        return TaggedLoop()


async def main():
    return getattr(asyncio.get_running_loop(), "tag", "plain")


asyncio.set_event_loop_policy(TaggedPolicy())
print(asyncio.run(main()))
asyncio.set_event_loop_policy(None)
print(asyncio.run(main()))

# The chapter's listing, fragment run line, copied as it stands.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
asyncio.run(do_something())

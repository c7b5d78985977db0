# The chapter's listing, fragment gather line, copied as it stands.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
results = await asyncio.gather(worker(), worker(), worker())

# Mistake: import attribute as module.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
import asyncio.sleep

# Mistake: import star with names.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
from asyncio import *, run

# the collections and heapq calls I got wrong this week, each with its error
import collections, heapq, bisect, functools

calls = [
    ("defaultdict(0)", lambda: collections.defaultdict(0)),
    ("deque([], -1)", lambda: collections.deque([], -1)),
    ("deque().popleft()", lambda: collections.deque().popleft()),
    ("Counter(5)", lambda: collections.Counter(5)),
    ("namedtuple('P', 'x x')", lambda: collections.namedtuple("P", "x x")),
    ("namedtuple('P', 'x def')", lambda: collections.namedtuple("P", "x def")),
    ("namedtuple('P', '_x')", lambda: collections.namedtuple("P", "_x")),
    ("OrderedDict().popitem()", lambda: collections.OrderedDict().popitem()),
    ("OrderedDict().move_to_end(1)", lambda: collections.OrderedDict().move_to_end(1)),
    ("ChainMap({}).pop(1)", lambda: collections.ChainMap({}).pop(1)),
    ("heappush([])", lambda: heapq.heappush([])),
    ("heappush([1], 'a')", lambda: heapq.heappush([1], "a")),
    ("bisect.insort([])", lambda: bisect.insort([])),
    ("partial()", lambda: functools.partial()),
    ("partial(5)", lambda: functools.partial(5)),
    ("reduce(max)", lambda: functools.reduce(max)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

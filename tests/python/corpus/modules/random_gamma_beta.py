# random.gammavariate (its three methods by alpha) and betavariate, CPython 3.11's
# draws; their ValueError and TypeError, and what they draw before failing.
import random
random.seed(99)
r10 = lambda *xs: [round(x, 10) for x in xs]
print(r10(*(random.gammavariate(a, b) for a, b in [(0.5, 1), (1, 2), (2.5, 1.5), (9, 0.5), (0.1, 3)])))
print(r10(*(random.betavariate(a, b) for a, b in [(0.5, 0.5), (2, 5), (1, 1), (10, 1)])))
r = random.Random(5)
print([round(r.betavariate(2, 2), 6) for _ in range(4)], round(r.gammavariate(3, 1), 6))
for call in ['random.gammavariate(0, 1)', 'random.gammavariate(1, -1)', 'random.betavariate(-1, 2)', 'random.betavariate(2, 0)',
             'random.gammavariate(1)', 'random.betavariate("a", 1)']:
    try:
        print(eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
print(round(random.random(), 10))

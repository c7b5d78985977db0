# defaultdict given a value instead of a factory.
from collections import defaultdict
groups = defaultdict(list)
groups["a"].append(1)
print(dict(groups))
counts = defaultdict(0)

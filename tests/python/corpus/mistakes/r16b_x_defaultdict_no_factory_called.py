# defaultdict given list() instead of list
from collections import defaultdict

groups = defaultdict(list())

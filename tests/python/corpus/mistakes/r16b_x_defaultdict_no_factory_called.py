# defaultdict given list() instead of list
print("== defaultdict no factory called ==")
from collections import defaultdict

groups = defaultdict(list())

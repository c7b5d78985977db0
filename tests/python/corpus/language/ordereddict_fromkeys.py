# dict.fromkeys through OrderedDict and defaultdict (it was missing: AttributeError)
from collections import OrderedDict, defaultdict, Counter
od = OrderedDict.fromkeys('abc', 0); print(od, list(od.items()))
print(OrderedDict.fromkeys([3, 1, 3]), defaultdict.fromkeys('xy'), defaultdict.fromkeys('x', [])['x'])
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(e)
try: OrderedDict.fromkeys(5)
except TypeError as e: print(e)
